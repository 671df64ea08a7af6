import { describe, expect, test, vi } from "vitest";
import { changingValue } from "@/lib/cache/changing-value";
import { leaveKudos } from "@/lib/kudos/leave-kudos";
import { deleteWork } from "@/lib/works/delete-work";
import { parseWorkFilter } from "@/lib/works/filter-params";
import { filterWorks } from "@/lib/works/filter-works";
import { listingVersion } from "@/lib/works/listing-version";
import { makeUser, makeWork, unique } from "../../scripts/test/fixtures";

// How long the tests' readers wait for a first computation.
const WAITS = { firstWaitMs: 10_000, pendingSeconds: 60 };

describe("listing counts", () => {
  test("the listing version moves when works are posted or deleted, not when they get kudos", async () => {
    const writer = await makeUser("writer");
    const reader = await makeUser("reader");
    const before = await listingVersion();
    const work = await makeWork(writer.id, { fandoms: unique("Versioned Fandom") });
    const posted = await listingVersion();
    expect(posted).not.toBe(before);
    expect((await leaveKudos(work.id, { userId: reader.id })).ok).toBe(true);
    expect(await listingVersion()).toBe(posted);
    expect((await deleteWork(writer.id, work.id)).ok).toBe(true);
    expect(await listingVersion()).not.toBe(posted);
  });

  test("a costly value is shared while its version holds; a new version gets it refreshed in the background", async () => {
    const key = `test:${unique("counts")}`;
    let recounts = 0;
    const recount = async () => ++recounts;
    const costly = (version: string) => ({ version, worthCachingMs: 0, waitForRecountBelowMs: 0, ...WAITS });
    expect(await changingValue(key, recount, costly("1"))).toBe(1);
    expect(await changingValue(key, recount, costly("1"))).toBe(1);
    expect(recounts).toBe(1);
    // The first reader after a change still gets the old count, at once; one recount follows.
    expect(await changingValue(key, recount, costly("2"))).toBe(1);
    await vi.waitFor(async () => expect(await changingValue(key, recount, costly("2"))).toBe(2));
    expect(recounts).toBe(2);
  });

  test("a cached value that was quick to compute is recomputed at once when its version moves", async () => {
    const key = `test:${unique("cheap")}`;
    let recounts = 0;
    const recount = async () => ++recounts;
    const cheap = (version: string) => ({ version, worthCachingMs: 0, waitForRecountBelowMs: 60_000, ...WAITS });
    expect(await changingValue(key, recount, cheap("1"))).toBe(1);
    expect(await changingValue(key, recount, cheap("1"))).toBe(1);
    expect(await changingValue(key, recount, cheap("2"))).toBe(2);
  });

  test("a first count slower than a reader should wait: the page goes without it, nobody starts it again, and it is kept when done", async () => {
    const key = `test:${unique("cold")}`;
    let computations = 0;
    let finish: (value: number) => void = () => {};
    const slow = () => {
      computations++;
      return new Promise<number>((resolve) => (finish = resolve));
    };
    const options = { version: "1", worthCachingMs: 0, waitForRecountBelowMs: 0, firstWaitMs: 50, pendingSeconds: 60 };
    expect(await changingValue(key, slow, options)).toBeUndefined();
    // Other readers (and servers) meanwhile: nothing yet, and no second computation.
    await vi.waitFor(async () => expect(await changingValue(key, slow, options)).toBeUndefined());
    expect(await changingValue(key, slow, options)).toBeUndefined();
    expect(computations).toBe(1);
    finish(42);
    await vi.waitFor(async () => expect(await changingValue(key, slow, options)).toBe(42));
    expect(computations).toBe(1);
  });

  test("a quick count is never cached, so small listings are always exact", async () => {
    const key = `test:${unique("quick")}`;
    let recounts = 0;
    const recount = async () => ++recounts;
    const quick = { version: "1", worthCachingMs: 60_000, waitForRecountBelowMs: 60_000, ...WAITS };
    await changingValue(key, recount, quick);
    expect(await changingValue(key, recount, quick)).toBe(2);
  });

  test("a listing's total and facets follow a newly posted work", async () => {
    const writer = await makeUser("writer");
    const fandom = unique("Counted Fandom");
    await makeWork(writer.id, { fandoms: fandom });
    const filter = parseWorkFilter({ include: fandom });
    expect((await filterWorks(filter, null, {}, { facets: true })).total).toBe(1);
    await makeWork(writer.id, { fandoms: fandom });
    const after = await filterWorks(filter, null, {}, { facets: true });
    expect(after.total).toBe(2);
    expect(after.facets).toContainEqual({ type: "FANDOM", name: fandom, count: 2 });
  });
});
