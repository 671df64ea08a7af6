import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import { notMutedCreatorSql } from "@/lib/muting/muted-sql";
import { mutedUserIds } from "@/lib/muting/muted-user-ids";
import { lookUpTags } from "@/lib/tags/lookup-tags";
import type { WorkFilter, WorkSort } from "@/lib/works/filter-params";
import { searchWithinResultsSql } from "@/lib/works/search-within-results";
import { listedWorksSql } from "@/lib/works/visibility";
import { createdBySql } from "@/lib/creatorships/creator-where";

// Narrows a listing to one tag page (its canonical tag and synonyms, already resolved) or one
// creator (any work they are an accepted creator of); the filter applies within it.
export type WorkScope = { tagIds?: number[]; creatorId?: number };

const { sql, join, raw } = Prisma;

// Every sort ends on id so pages never repeat or skip works that tie. Each is backed by an
// index on works (posted, restricted, <sort column>, id) — schema.prisma, and for the title's
// lower() migration 20261126010000_sort_indexes — so a guest's page is read in index order.
// A logged-in reader's listing leaves `restricted` open, so PostgreSQL sorts those rows itself.
export const ORDER_BY_SQL: Record<WorkSort, Prisma.Sql> = {
  updated: raw("w.revised_at DESC, w.id DESC"),
  posted: raw("w.published_at DESC, w.id DESC"),
  kudos: raw("w.kudos_count DESC, w.id DESC"),
  comments: raw("w.comments_count DESC, w.id DESC"),
  bookmarks: raw("w.bookmarks_count DESC, w.id DESC"),
  hits: raw("w.hits_count DESC, w.id DESC"),
  words: raw("w.word_count DESC, w.id DESC"),
  title: raw("lower(w.title) ASC, w.id ASC"),
};

// Also the preferences' excluded tags (lib/preferences/hiding-condition.ts).
export const hasAnyTag = (ids: number[]) =>
  sql`EXISTS (SELECT 1 FROM work_tags wt WHERE wt.work_id = w.id AND wt.tag_id = ANY(${ids}::int[]))`;

// The filter as one SQL condition on `works w`, shared by the page, its count and its facets.
// Visibility comes first and is part of the condition, never checked afterwards. Tag names are
// resolved to id sets (canonical + synonyms) before the query.
export async function workFilterCondition(filter: WorkFilter, viewer: Viewer | null, scope: WorkScope = {}) {
  const includeNames = [...filter.include, ...(filter.rating ? [filter.rating] : [])];
  // A name that matches no tag includes nothing (an empty id set) and excludes nothing.
  const [included, excluded, mutedIds, search] = await Promise.all([
    lookUpTags(includeNames),
    lookUpTags(filter.exclude),
    mutedUserIds(viewer),
    filter.q ? searchWithinResultsSql(filter.q) : null,
  ]);
  const includeSets = included.map((tag) => tag?.filterIds ?? []);
  const excludeSets = excluded.map((tag) => tag?.filterIds ?? []);
  const conditions: Prisma.Sql[] = [listedWorksSql(viewer)];
  // Muting: the muted users' works are gone for the muter, in every listing (lib/muting/muted-sql.ts).
  if (mutedIds.size) conditions.push(notMutedCreatorSql(mutedIds));
  if (scope.tagIds) conditions.push(hasAnyTag(scope.tagIds));
  for (const ids of includeSets) conditions.push(hasAnyTag(ids));
  const excludeIds = excludeSets.flat();
  if (excludeIds.length) conditions.push(sql`NOT ${hasAnyTag(excludeIds)}`);
  if (scope.creatorId !== undefined) conditions.push(createdBySql(scope.creatorId));
  if (filter.complete !== undefined) conditions.push(sql`w.complete = ${filter.complete}`);
  if (filter.crossover) {
    const fandoms = sql`(SELECT count(*) FROM work_tags wt JOIN tags t ON t.id = wt.tag_id WHERE wt.work_id = w.id AND t.type = 'FANDOM')`;
    conditions.push(filter.crossover === "only" ? sql`${fandoms} > 1` : sql`${fandoms} <= 1`);
  }
  if (filter.words_from !== undefined) conditions.push(sql`w.word_count >= ${filter.words_from}`);
  if (filter.words_to !== undefined) conditions.push(sql`w.word_count <= ${filter.words_to}`);
  if (filter.date_from) conditions.push(sql`w.revised_at >= ${filter.date_from}`);
  if (filter.date_to) conditions.push(sql`w.revised_at < ${new Date(filter.date_to.getTime() + 86_400_000)}`);
  if (filter.language) conditions.push(sql`w.language = ${filter.language}`);
  if (search) conditions.push(search);
  return join(conditions, " AND ");
}
