import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveFilterTags } from "@/lib/tags/resolve-filter-tags";
import { workBlurbSelect } from "@/lib/works/blurb-select";
import type { WorkFilter, WorkSort } from "@/lib/works/filter-params";
import { WORKS_PER_PAGE } from "@/lib/works/limits";
import { listedWorksWhere } from "@/lib/works/visibility";

// Every sort ends on id so pages never repeat or skip works that tie.
const ORDER_BY: Record<WorkSort, Prisma.WorkOrderByWithRelationInput[]> = {
  updated: [{ revisedAt: "desc" }, { id: "desc" }],
  posted: [{ publishedAt: "desc" }, { id: "desc" }],
  kudos: [{ kudosCount: "desc" }, { id: "desc" }],
  comments: [{ commentsCount: "desc" }, { id: "desc" }],
  bookmarks: [{ bookmarksCount: "desc" }, { id: "desc" }],
  hits: [{ hitsCount: "desc" }, { id: "desc" }],
  words: [{ wordCount: "desc" }, { id: "desc" }],
  title: [{ title: "asc" }, { id: "asc" }],
};

// Narrows a listing to one tag page or one creator; the filter applies within it.
export type WorkScope = { tagName?: string; creatorId?: number };

export async function buildWorkWhere(filter: WorkFilter, viewer: Viewer | null, scope: WorkScope = {}) {
  const includeNames = [...filter.include, ...(filter.rating ? [filter.rating] : []), ...(scope.tagName ? [scope.tagName] : [])];
  const [includeSets, excludeSets] = await Promise.all([
    resolveFilterTags(includeNames),
    resolveFilterTags(filter.exclude),
  ]);
  const excludeIds = excludeSets.flat();
  const and: Prisma.WorkWhereInput[] = [listedWorksWhere(viewer)];
  for (const ids of includeSets) and.push({ tags: { some: { tagId: { in: ids } } } });
  if (excludeIds.length) and.push({ tags: { none: { tagId: { in: excludeIds } } } });
  if (scope.creatorId !== undefined) and.push({ creatorId: scope.creatorId });
  if (filter.complete !== undefined) and.push({ complete: filter.complete });
  if (filter.words_from !== undefined) and.push({ wordCount: { gte: filter.words_from } });
  if (filter.words_to !== undefined) and.push({ wordCount: { lte: filter.words_to } });
  if (filter.date_from) and.push({ revisedAt: { gte: filter.date_from } });
  if (filter.date_to) and.push({ revisedAt: { lt: new Date(filter.date_to.getTime() + 86_400_000) } });
  if (filter.language) and.push({ language: filter.language });
  if (filter.q) {
    const contains = { contains: filter.q, mode: "insensitive" } as const;
    and.push({
      OR: [
        { title: contains },
        { summary: contains },
        { creator: { username: contains } },
        { tags: { some: { tag: { name: contains } } } },
      ],
    });
  }
  return { AND: and } satisfies Prisma.WorkWhereInput;
}

export async function filterWorks(filter: WorkFilter, viewer: Viewer | null, scope: WorkScope = {}) {
  const where = await buildWorkWhere(filter, viewer, scope);
  const [works, total] = await Promise.all([
    db.work.findMany({
      where,
      orderBy: ORDER_BY[filter.sort],
      skip: (filter.page - 1) * WORKS_PER_PAGE,
      take: WORKS_PER_PAGE,
      select: workBlurbSelect,
    }),
    db.work.count({ where }),
  ]);
  return { works, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / WORKS_PER_PAGE)) };
}
