import "server-only";
import { createHash } from "node:crypto";
import { changingValue } from "@/lib/cache/changing-value";
import { readDb, type Transaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { listingVersion } from "@/lib/works/listing-version";
import { workFacets, type TagFacet } from "@/lib/works/work-facets";

export type ListingCounts = { total: number; facets: TagFacet[]; hidden: number };

export type CountsWanted = { total: boolean; facets: boolean };

// A recount cheaper than WORTH_CACHING_MS is done on every view and is exact. A costlier one is
// shared between readers and servers until works change; then it is redone while the reader
// waits if it took under WAIT_FOR_RECOUNT_BELOW_MS, else (a busy fandom, the whole archive) the
// reader gets the previous counts while one server recounts in the background.
const WORTH_CACHING_MS = 50;
const WAIT_FOR_RECOUNT_BELOW_MS = 300;
const FIRST_WAIT_MS = 2_000;

// The counts a listing shows beside its page: "1–20 of N", the sidebar's tag counts, and how many
// works the reader's preferences hid. `filtered` is the filter's condition, `hiding` the
// preferences' (or null).
// `null`: counts never made before, still being made after FIRST_WAIT_MS (a cold count over a
// million works takes tens of seconds); the page is shown without them meanwhile.
export async function listingCounts(filtered: Prisma.Sql, hiding: Prisma.Sql | null, wanted: CountsWanted): Promise<ListingCounts | null> {
  if (!wanted.total && !wanted.facets) return { total: 0, facets: [], hidden: 0 };
  const condition = hiding ? Prisma.sql`${filtered} AND ${hiding}` : filtered;
  const key = `listing-counts:${digest(condition, hiding, wanted)}`;
  const counts = await changingValue(key, () => countListing(filtered, hiding, condition, wanted), {
    version: await listingVersion(),
    worthCachingMs: WORTH_CACHING_MS,
    waitForRecountBelowMs: WAIT_FOR_RECOUNT_BELOW_MS,
    firstWaitMs: FIRST_WAIT_MS,
    pendingSeconds: COUNT_STATEMENT_TIMEOUT_MS / 1000 + 30,
  });
  return counts ?? null;
}

// Counting a whole large archive takes seconds (see the README's benchmarks): longer than the
// statement timeout that guards every other query, and with room for its hash tables. Counts run
// rarely (above), and usually in the background.
const COUNT_STATEMENT_TIMEOUT_MS = 120_000;
const COUNT_WORK_MEM = "64MB";

function countListing(filtered: Prisma.Sql, hiding: Prisma.Sql | null, condition: Prisma.Sql, wanted: CountsWanted) {
  return readDb.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT set_config('statement_timeout', ${String(COUNT_STATEMENT_TIMEOUT_MS)}, true), set_config('work_mem', ${COUNT_WORK_MEM}, true)`;
      const total = wanted.total ? await count(tx, condition) : 0;
      const facets = wanted.facets ? await workFacets(tx, condition) : [];
      const hidden = hiding && wanted.total ? await count(tx, Prisma.sql`${filtered} AND NOT (${hiding})`) : 0;
      return { total, facets, hidden };
    },
    { timeout: COUNT_STATEMENT_TIMEOUT_MS },
  );
}

async function count(tx: Transaction, condition: Prisma.Sql) {
  const [{ total }] = await tx.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM works w WHERE ${condition}`;
  return total;
}

// The same listing for whoever asks: its SQL and values decide the counts, and the viewer is in
// them where it matters (restricted works, mutes, preferences).
function digest(condition: Prisma.Sql, hiding: Prisma.Sql | null, wanted: CountsWanted) {
  const text = JSON.stringify([condition.sql, condition.values, Boolean(hiding), wanted.total, wanted.facets]);
  return createHash("sha256").update(text).digest("base64url");
}
