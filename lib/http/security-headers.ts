// The headers every response of the archive carries (set by proxy.ts). The CSP's nonce is made
// per request; Next reads it back from the request's own Content-Security-Policy header and puts
// it on every script it renders (its runtime, the page's chunks, the inline RSC payload).

type Options = { nonce: string; https: boolean; development?: boolean };

// A fresh nonce per request: 128 random bits, base64 as CSP expects.
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function contentSecurityPolicy({ nonce, https, development = false }: Options): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic': scripts the nonced ones load (Next's chunks) are trusted, host lists are
    // ignored by browsers that know it. The dev server's React needs eval for its call stacks.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Styles: Tailwind is one stylesheet from /_next/static; 'unsafe-inline' is for the style
    // attributes Next and React set at run time (the route announcer, the dev overlay), which a
    // nonce cannot cover. Styles cannot run code; scripts stay nonce-only.
    ["style-src", "'self'", "'unsafe-inline'"],
    // Work texts are sanitised to hold no images; the archive's own images only.
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

// Headers for every response, HTML or not.
export function securityHeaders(options: Options): Record<string, string> & { "Content-Security-Policy": string } {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // The archive uses none of these; a work's HTML is sanitised, but say so at the door too.
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    // Only when the public origin is https: on plain http a browser ignores it anyway, and a
    // local or test server must not teach a browser to insist on https for its host.
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

export function isHttpsOrigin(publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith("https://") ?? false;
}
