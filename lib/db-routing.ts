import "server-only";
import { cookies } from "next/headers";
import type { NextRequest, NextResponse } from "next/server";

// Read-your-writes, for DATABASE_REPLICA_URL (lib/db.ts) and nginx's micro-cache
// (deploy/nginx.conf). A streaming replica lags the primary by a moment, and a cached guest page
// by a few seconds: a reader who has just posted, left kudos or saved preferences must still see it
// on the next page. So every post (a Server Action, a log-in, a beacon) carries a short-lived
// cookie, `folio_fresh_until` (an expiry time in ms), set by proxy.ts: on the request itself, so
// the action and the page it renders read the primary, and on the response, so the browser's next
// pages do too for FRESH_SECONDS; nginx neither serves that browser cached pages nor caches what it
// gets meanwhile. Everyone else reads the replica. The cookie proves nothing and guards nothing: a
// client that forges it only sends its own reads to the primary, as any post of theirs would.
//
// proxy.ts sets it, not the action factory: a cookie set inside a Server Action makes Next refresh
// the whole page after every action, which would also throw away the form's answer.

export const FRESH_COOKIE = "folio_fresh_until";
// Replication lag is well under a second on a healthy replica; this covers a slow moment, and the
// redirect and page views that follow a post.
export const FRESH_SECONDS = 10;

export function isFresh(value: string | undefined, now = Date.now()): boolean {
  const until = Number(value);
  // Bounded, so a hand-made cookie can't pin a browser to the primary for good.
  return Number.isFinite(until) && until > now && until <= now + FRESH_SECONDS * 1000;
}

// Next's own signals (a prerender finding that the page reads cookies) must pass through. Imported
// when needed: lib/db is also loaded by scripts (the seed) where next/navigation can't load.
async function rethrowNextSignals(error: unknown) {
  const { unstable_rethrow } = await import("next/navigation");
  unstable_rethrow(error);
}

// Whether this read must see the primary: a post, or a browser that has just posted.
export async function readsFromPrimary(): Promise<boolean> {
  try {
    return isFresh((await cookies()).get(FRESH_COOKIE)?.value);
  } catch (error) {
    // Outside a request (scripts, tests, work after the response) there is no browser to be fresh for.
    await rethrowNextSignals(error);
    return false;
  }
}

// Run by proxy.ts before a request goes on: a post gets the cookie in its own Cookie header.
// Answers the value, for rememberPost to hand to the browser.
// Also without a replica: nginx's guest micro-cache (deploy/nginx.conf) is skipped while it lasts.
export function markPost(request: Pick<NextRequest, "method">, requestHeaders: Headers, now = Date.now()): string | null {
  if (request.method !== "POST") return null;
  const value = String(now + FRESH_SECONDS * 1000);
  const others = (requestHeaders.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "" && !part.startsWith(`${FRESH_COOKIE}=`));
  requestHeaders.set("cookie", [...others, `${FRESH_COOKIE}=${value}`].join("; "));
  return value;
}

function freshCookie(value: string, https: boolean): string {
  return `${FRESH_COOKIE}=${value}; Path=/; Max-Age=${FRESH_SECONDS}; HttpOnly; SameSite=Lax${https ? "; Secure" : ""}`;
}

// …and, unless the post was turned away, the browser gets it too. As a plain Set-Cookie header:
// a cookie set through `response.cookies` here counts, for Next, as set by the Server Action, and
// Next then refreshes the whole page after the action (losing, say, the form's answer).
export function rememberPost(value: string | null, response: NextResponse, https: boolean): void {
  if (value === null || response.status >= 400) return;
  response.headers.append("Set-Cookie", freshCookie(value, https));
}

type CookieJar = Awaited<ReturnType<typeof cookies>>;
const snapshot = (jar: CookieJar) => jar.getAll().map(({ name, value }) => `${name}=${value}`).join("; ");

// A Server Action that sets cookies of its own has Next write the response's Set-Cookie header
// anew, without rememberPost's. defineAction runs every action through this, which then sets the
// marker again among the action's cookies (Next refreshes the page after such an action anyway).
export async function keepingFreshMarker<T>(work: () => Promise<T>, https: boolean): Promise<T> {
  let jar: CookieJar;
  try {
    jar = await cookies();
  } catch (error) {
    await rethrowNextSignals(error);
    return work(); // called outside a request (tests)
  }
  const before = snapshot(jar);
  try {
    return await work();
  } finally {
    const marker = jar.get(FRESH_COOKIE)?.value;
    if (marker && isFresh(marker) && snapshot(jar) !== before) {
      jar.set(FRESH_COOKIE, marker, { path: "/", httpOnly: true, sameSite: "lax", secure: https, maxAge: FRESH_SECONDS });
    }
  }
}
