import { firstValue } from "@/lib/params/first-value";
import { parseBoundedInt } from "@/lib/params/parse-int";

// The statistics page's query: `sort` (a column; numbers largest first, titles A–Z) and `year`
// (of publication). A hand-made value falls back to the default rather than failing the page.
export const STATS_SORTS = ["hits", "kudos", "comments", "bookmarks", "words", "subscriptions", "title"] as const;
export type StatsSort = (typeof STATS_SORTS)[number];

export type StatsQuery = { sort: StatsSort; year: number | undefined };

export function parseStatsQuery(searchParams: Record<string, string | string[] | undefined>): StatsQuery {
  const sort = firstValue(searchParams.sort);
  return {
    sort: (STATS_SORTS as readonly string[]).includes(sort ?? "") ? (sort as StatsSort) : "hits",
    year: parseBoundedInt(searchParams.year, 1900, 9999),
  };
}

export function statsQueryString({ sort, year }: Partial<StatsQuery>): string {
  const params = new URLSearchParams();
  if (sort && sort !== "hits") params.set("sort", sort);
  if (year !== undefined) params.set("year", String(year));
  const query = params.toString();
  return query ? `?${query}` : "";
}
