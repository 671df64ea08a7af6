import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db, readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { hidingCondition } from "@/lib/preferences/hiding-condition";
import type { Preferences } from "@/lib/preferences/options";
import { workBlurbSelect } from "@/lib/works/blurb-select";
import type { WorkFilter } from "@/lib/works/filter-params";
import { WORKS_PER_PAGE } from "@/lib/works/limits";
import { ORDER_BY_SQL, workFilterCondition, type WorkScope } from "@/lib/works/work-filter-sql";
import { listingCounts } from "@/lib/works/listing-counts";

export type { WorkScope };

// One page of a filtered listing: the page's ids in SQL (filter, order, limit), then their
// blurbs in one Prisma query, with the listing's counts beside them (lib/works/listing-counts.ts).
// `total: false` skips the count for lists that show no "1–20 of N" (the home page): counting a
// whole archive costs more than reading its first page. `preferences` hide works inside the same
// condition (unless the filter says show_hidden), and `hidden` says how many they hid.
export async function filterWorks(
  filter: WorkFilter,
  viewer: Viewer | null,
  scope: WorkScope = {},
  { facets = false, total = true, preferences }: { facets?: boolean; total?: boolean; preferences?: Preferences } = {},
) {
  const filtered = await workFilterCondition(filter, viewer, scope);
  const hiding = preferences && !filter.show_hidden ? await hidingCondition(preferences, viewer) : null;
  const condition = hiding ? Prisma.sql`${filtered} AND ${hiding}` : filtered;
  const offset = (filter.page - 1) * WORKS_PER_PAGE;
  const [page, counts] = await Promise.all([
    readDb.$queryRaw<{ id: number }[]>`${pageQuery(condition, filter, Boolean(viewer), offset)}`,
    listingCounts(filtered, hiding, { total, facets }),
  ]);
  const ids = page.map((row) => row.id);
  const blurbs = await db.work.findMany({ where: { id: { in: ids } }, select: workBlurbSelect });
  const byId = new Map(blurbs.map((work) => [work.id, work]));
  const works = ids.flatMap((id) => byId.get(id) ?? []);
  if (!counts) {
    // Counts still being made (lib/works/listing-counts.ts): what this page says, and a next page
    // when this one is full.
    const total = offset + ids.length;
    return { works, total, page: filter.page, pageCount: filter.page + (ids.length === WORKS_PER_PAGE ? 1 : 0), facets: [], hidden: 0, counting: true };
  }
  return {
    works,
    total: counts.total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(counts.total / WORKS_PER_PAGE)),
    facets: counts.facets,
    hidden: counts.hidden,
    counting: false,
  };
}

// A logged-in reader sees restricted works too, and the sort indexes (posted, restricted, <sort>,
// id) give each kind in order but not both together: one query would sort every listed work
// (~0.6 s at a million works). Each kind's first rows in index order, merged, give the same page.
function pageQuery(condition: Prisma.Sql, filter: WorkFilter, loggedIn: boolean, offset: number) {
  const order = ORDER_BY_SQL[filter.sort];
  if (!loggedIn) return Prisma.sql`SELECT w.id FROM works w WHERE ${condition} ORDER BY ${order} LIMIT ${WORKS_PER_PAGE} OFFSET ${offset}`;
  const firstOfKind = (restricted: boolean) =>
    Prisma.sql`(SELECT w.* FROM works w WHERE ${condition} AND w.restricted = ${restricted} ORDER BY ${order} LIMIT ${offset + WORKS_PER_PAGE})`;
  return Prisma.sql`
    SELECT w.id FROM (${firstOfKind(false)} UNION ALL ${firstOfKind(true)}) w
    ORDER BY ${order} LIMIT ${WORKS_PER_PAGE} OFFSET ${offset}`;
}
