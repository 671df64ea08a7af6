import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cookies } from "next/headers";
import { isHttpsOrigin } from "@/lib/http/security-headers";

// Read-your-writes, for DATABASE_REPLICA_URL (lib/db.ts) and nginx's micro-cache
// (deploy/nginx.conf). A streaming replica lags the primary by a moment, and a cached guest page
// by a few seconds: a reader who has just posted, left kudos or saved preferences must still see it
// on the next page. So:
//   - inside a Server Action (defineAction) every read goes to the primary (withPrimaryReads);
//   - every successful action gives the browser a short-lived cookie, `folio_fresh_until`
//     (an expiry time in ms); while it lasts, that browser's reads go to the primary too, and
//     nginx neither serves it cached pages nor caches what it gets.
// Everyone else reads the replica. The cookie proves nothing and guards nothing: a client that
// forges it only sends its own reads to the primary, as any logged-in reader's post would.

export const FRESH_COOKIE = "folio_fresh_until";
// Replication lag is well under a second on a healthy replica; this covers a slow moment, and the
// redirect and page views that follow a post.
export const FRESH_SECONDS = 10;

const KEY = Symbol.for("folio.primaryReads");
const scope = ((globalThis as unknown as { [KEY]?: AsyncLocalStorage<true> })[KEY] ??= new AsyncLocalStorage<true>());

// Runs `work` with every read on the primary (a mutation reads what it is about to change).
export function withPrimaryReads<T>(work: () => Promise<T>): Promise<T> {
  return scope.run(true, work);
}

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

// Whether this read must see the primary: inside an action, or for a browser that has just written.
export async function readsFromPrimary(): Promise<boolean> {
  if (scope.getStore()) return true;
  try {
    return isFresh((await cookies()).get(FRESH_COOKIE)?.value);
  } catch (error) {
    // Outside a request (scripts, tests, work after the response) there is no browser to be fresh for.
    await rethrowNextSignals(error);
    return false;
  }
}

// Called by defineAction after a mutation succeeded (a Server Action may set cookies).
export async function markFresh(now = Date.now()): Promise<void> {
  let jar: Awaited<ReturnType<typeof cookies>>;
  try {
    jar = await cookies();
  } catch (error) {
    await rethrowNextSignals(error);
    return; // an action called outside a request (tests): no browser to mark
  }
  jar.set(FRESH_COOKIE, String(now + FRESH_SECONDS * 1000), {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: isHttpsOrigin(process.env.NEXTAUTH_URL),
    maxAge: FRESH_SECONDS,
  });
}
