// Where to go after logging in: a path on this site, or the home page. An open redirect after
// log-in is a phishing aid, and string checks miss what browsers forgive: `/\evil.example`
// (a backslash counts as a slash), `/%09/evil.example` (tabs and newlines are dropped), so the
// URL is parsed the way a browser would parse it and its origin compared with ours.
export function safeCallbackPath(callbackUrl: unknown, origin: string): string {
  if (typeof callbackUrl !== "string" || callbackUrl === "") return "/";
  let url: URL;
  try {
    url = new URL(callbackUrl, origin);
    if (url.origin !== new URL(origin).origin) return "/";
  } catch {
    return "/";
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser reads as a host.
  return path.startsWith("//") || path.startsWith("/\\") ? "/" : path;
}
