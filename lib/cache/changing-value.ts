import "server-only";
import { setTimeout as delay } from "node:timers/promises";
import { sharedCache } from "@/lib/cache/shared-cache";

type Entry<T> = { value: T; version: string; computedAt: number; costMs: number };
// Kept in place of a value whose first computation is still going on (below).
type Pending = { pendingSince: number };

// How long an entry is kept at all, and after what age it is refreshed even though its version
// still matches (a write can commit just after a refresh read the version, and then nothing
// would move it): together the bound on how old a count a reader can see.
const KEEP_SECONDS = 10 * 60;
const REFRESH_AFTER_MS = 5 * 60_000;
// While data keeps changing, one refresh of a key at a time across all servers, and at most one
// per 20 s — or per ten times its cost, so a recount never takes more than a tenth of one
// database connection's time however busy the archive is.
const refreshLeaseSeconds = (costMs: number) => Math.max(20, Math.ceil(costMs / 100));

export type ChangingValueOptions = {
  // What the value was computed from, e.g. the number of changes so far: a different version
  // means the cached value may be out of date.
  version: string;
  // Values cheaper than this are computed every time (exact, and the cache stays small).
  worthCachingMs: number;
  // Once the version moves, a value that cost less than this is recomputed while the reader
  // waits (exact); a costlier one is served as it was while one server recomputes it.
  waitForRecountBelowMs: number;
  // With nothing cached, how long a reader waits for the first computation. Past it they get
  // `undefined`; the computation goes on and is kept, and until it is (or `pendingSeconds` have
  // passed) other readers get `undefined` at once instead of starting the same costly work.
  firstWaitMs: number;
  pendingSeconds: number;
};

// A costly value shared by every app server. Served from the cache while its version is current.
// Once the version moves, a cheap value is recomputed at once; the first reader of a costly one
// (a busy listing) still gets the cached value and one server refreshes it in the background, so
// no reader waits seconds for a recount.
export async function changingValue<T>(key: string, compute: () => Promise<T>, options: ChangingValueOptions): Promise<T | undefined> {
  const entry = await sharedCache.read<Entry<T> | Pending>(key).catch(() => undefined);
  if (!entry) return computeFirst(key, compute, options);
  if ("pendingSince" in entry) return undefined;
  const current = entry.version === options.version;
  if (!current && entry.costMs < options.waitForRecountBelowMs) return (await computeAndKeep(key, compute, options)).value;
  if (!current || Date.now() - entry.computedAt > REFRESH_AFTER_MS) void refreshInBackground(key, compute, options, entry.costMs);
  return entry.value;
}

async function computeAndKeep<T>(key: string, compute: () => Promise<T>, { version, worthCachingMs }: Pick<ChangingValueOptions, "version" | "worthCachingMs">) {
  const started = performance.now();
  const value = await compute();
  const costMs = performance.now() - started;
  const entry: Entry<T> = { value, version, computedAt: Date.now(), costMs };
  if (costMs >= worthCachingMs) await keep(key, entry);
  return entry;
}

const keep = (key: string, entry: Entry<unknown> | Pending, seconds = KEEP_SECONDS) => sharedCache.write(key, entry, seconds).catch(() => {});

// The first computation of a key: a reader waits for it only so long (a cold count over a whole
// large archive takes tens of seconds, longer than any reader should wait or a page may take).
async function computeFirst<T>(key: string, compute: () => Promise<T>, options: ChangingValueOptions): Promise<T | undefined> {
  const computing = computeAndKeep(key, compute, options);
  const timer = new AbortController();
  const first = await Promise.race([computing, delay(options.firstWaitMs, null, { signal: timer.signal }).catch(() => null)]);
  timer.abort();
  if (first) return first.value;
  await keep(key, { pendingSince: Date.now() }, options.pendingSeconds);
  void (async () => {
    try {
      // Kept once more: the computation may have ended, and been kept, before the marker was.
      await keep(key, await computing);
    } catch (error) {
      // The marker stays until it expires: readers don't start a computation that just failed.
      console.error(`Computing ${key} failed.`, error);
    }
  })();
  return undefined;
}

async function refreshInBackground<T>(key: string, compute: () => Promise<T>, options: ChangingValueOptions, lastCostMs: number) {
  try {
    if (!(await sharedCache.claim(key, refreshLeaseSeconds(lastCostMs)))) return;
    // Cached with a zero threshold: the old entry must be replaced even if the recount was quick.
    await computeAndKeep(key, compute, { version: options.version, worthCachingMs: 0 });
  } catch (error) {
    console.error(`Refreshing ${key} failed; the cached value stays until it expires.`, error);
  }
}
