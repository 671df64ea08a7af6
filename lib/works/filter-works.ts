import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { workBlurbSelect } from "@/lib/works/blurb-select";
import type { WorkFilter } from "@/lib/works/filter-params";
import { WORKS_PER_PAGE } from "@/lib/works/limits";
import { ORDER_BY_SQL, workFilterCondition, type WorkScope } from "@/lib/works/work-filter-sql";
import { workFacets } from "@/lib/works/work-facets";

export type { WorkScope };

// One page of a filtered listing: the page's ids in SQL (filter, order, limit), then their
// blurbs in one Prisma query, with the total and the sidebar's tag counts beside them.
// `total: false` skips the count for lists that show no "1–20 of N" (the home page): counting a
// whole archive costs more than reading its first page.
export async function filterWorks(
  filter: WorkFilter,
  viewer: Viewer | null,
  scope: WorkScope = {},
  { facets = false, total: withTotal = true } = {},
) {
  const condition = await workFilterCondition(filter, viewer, scope);
  const offset = (filter.page - 1) * WORKS_PER_PAGE;
  const [page, [{ total }], tagCounts] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`
      SELECT w.id FROM works w WHERE ${condition}
      ORDER BY ${ORDER_BY_SQL[filter.sort]} LIMIT ${WORKS_PER_PAGE} OFFSET ${offset}`,
    withTotal
      ? db.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM works w WHERE ${condition}`
      : Promise.resolve([{ total: 0 }] as [{ total: number }]),
    facets ? workFacets(condition) : Promise.resolve([]),
  ]);
  const ids = page.map((row) => row.id);
  const blurbs = await db.work.findMany({ where: { id: { in: ids } }, select: workBlurbSelect });
  const byId = new Map(blurbs.map((work) => [work.id, work]));
  return {
    works: ids.flatMap((id) => byId.get(id) ?? []),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / WORKS_PER_PAGE)),
    facets: tagCounts,
  };
}
