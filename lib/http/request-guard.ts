import { bodySizeLimitBytes } from "@/lib/http/server-action-limits.json";

export type Refusal = { status: 403 | 413; message: string };

type Request = { method: string; headers: Headers; publicUrl?: string };

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

// The hosts this app answers as: the one the request came to (through a proxy, the forwarded
// one, as Next's own check reads it) and NEXTAUTH_URL's, the public origin.
function ownHosts({ headers, publicUrl }: Pick<Request, "headers" | "publicUrl">): string[] {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return [forwarded, headers.get("host"), publicUrl ? hostOf(publicUrl) : null]
    .filter((host): host is string => Boolean(host))
    .map((host) => host.toLowerCase());
}

// Refuses, before any app code runs, what Next would otherwise turn into a 500: a body larger
// than a Server Action may read, and a Server Action posted from another site (a CSRF attempt).
// A request without an Origin header passes, as it does in Next's own check (old browsers,
// same-origin navigations); pages and actions still check who is acting.
export function refuseRequest(request: Request): Refusal | null {
  if (request.method !== "POST") return null;
  const length = request.headers.get("content-length");
  if (length && /^\d+$/.test(length) && Number(length) > bodySizeLimitBytes) {
    return { status: 413, message: `That is too much to send at once: the limit is ${bodySizeLimitBytes / 1024 / 1024} MB.` };
  }
  if (request.headers.has("next-action") && comesFromAnotherSite(request)) {
    return { status: 403, message: "This form was sent from another site, so it was not accepted." };
  }
  return null;
}

// An Origin header naming a host this app does not answer as. No Origin passes (see above).
export function comesFromAnotherSite(request: Pick<Request, "headers" | "publicUrl">): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = hostOf(origin);
  return !host || !ownHosts(request).includes(host);
}
