import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StatsQuery, StatsSort } from "./stats-params";
import { createdBySql } from "@/lib/creatorships/creator-where";

// A creator's statistics page (AO3's /users/NAME/stats): each posted work's counters, newest
// figures straight from the works' own counter columns, subscriptions counted from their rows.
// The caller has checked that the viewer is the creator. Drafts have no readers, so no figures.

export type WorkStats = {
  id: number;
  title: string;
  publishedAt: Date | null;
  hits: number;
  kudos: number;
  comments: number;
  bookmarks: number;
  words: number;
  subscriptions: number;
};

export type StatsTotals = Omit<WorkStats, "id" | "title" | "publishedAt">;

const ORDER_BY: Record<StatsSort, Prisma.Sql> = {
  title: Prisma.raw("lower(w.title) ASC, w.id ASC"),
  hits: Prisma.raw("hits DESC, w.id DESC"),
  kudos: Prisma.raw("kudos DESC, w.id DESC"),
  comments: Prisma.raw("comments DESC, w.id DESC"),
  bookmarks: Prisma.raw("bookmarks DESC, w.id DESC"),
  words: Prisma.raw("words DESC, w.id DESC"),
  subscriptions: Prisma.raw("subscriptions DESC, w.id DESC"),
};

// The year of publication, as the work page shows its date (UTC).
const YEAR = Prisma.sql`extract(year FROM w.published_at)::int`;

export async function getCreatorStats(creatorId: number, query: StatsQuery) {
  const inYear = query.year === undefined ? Prisma.sql`TRUE` : Prisma.sql`${YEAR} = ${query.year}`;
  const [works, years] = await Promise.all([
    db.$queryRaw<WorkStats[]>`
      SELECT w.id, w.title, w.published_at AS "publishedAt", w.hits_count AS hits, w.kudos_count AS kudos,
             w.comments_count AS comments, w.bookmarks_count AS bookmarks, w.word_count AS words,
             (SELECT count(*) FROM subscriptions s WHERE s.work_id = w.id)::int AS subscriptions
      FROM works w
      WHERE ${createdBySql(creatorId)} AND w.posted AND ${inYear}
      ORDER BY ${ORDER_BY[query.sort]}`,
    db.$queryRaw<{ year: number }[]>`
      SELECT DISTINCT ${YEAR} AS year FROM works w
      WHERE ${createdBySql(creatorId)} AND w.posted AND w.published_at IS NOT NULL
      ORDER BY year DESC`,
  ]);
  const totals: StatsTotals = { hits: 0, kudos: 0, comments: 0, bookmarks: 0, words: 0, subscriptions: 0 };
  for (const work of works) {
    for (const key of Object.keys(totals) as (keyof StatsTotals)[]) totals[key] += work[key];
  }
  return { works, totals, years: years.map((row) => row.year) };
}

export type CreatorStats = Awaited<ReturnType<typeof getCreatorStats>>;
