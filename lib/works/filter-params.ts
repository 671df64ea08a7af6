import { z } from "zod";
import { cleanText } from "@/lib/params/clean-text";
import { parseDay } from "@/lib/params/parse-date";
import { parseBoundedInt } from "@/lib/params/parse-int";
import { parsePage } from "@/lib/params/parse-page";
import { splitTagList } from "@/lib/tags/tag-list";

export const WORK_SORTS = ["updated", "posted", "kudos", "comments", "bookmarks", "hits", "words", "title"] as const;
export type WorkSort = (typeof WORK_SORTS)[number];

export const WORK_SORT_LABELS: Record<WorkSort, string> = {
  updated: "Date Updated",
  posted: "Date Posted",
  kudos: "Kudos",
  comments: "Comments",
  bookmarks: "Bookmarks",
  hits: "Hits",
  words: "Word Count",
  title: "Title",
};

type SearchParams = Record<string, string | string[] | undefined>;

// Every text value loses its control characters first: NUL makes PostgreSQL refuse the query.
const text = z.preprocess((value) => (typeof value === "string" ? cleanText(value) : value), z.string());

// Tag names never contain commas, so a typed "A, B" in one box is two tags.
const list = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(text).transform((values) => splitTagList(values.join(",")).slice(0, 50)),
);
const single = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), text.optional()).transform((value) => value?.trim());
// A bad number or date in a shared link is ignored rather than failing the page. Word counts are
// bounded by what a work can hold (AO3: 510,000 characters a chapter, any number of chapters).
const wordCount = z.unknown().optional().transform((raw) => parseBoundedInt(raw, 0, 999_999_999));
const day = z.unknown().optional().transform(parseDay);

const filterSchema = z.object({
  include: list,
  exclude: list,
  rating: single.transform((rating) => rating || undefined),
  complete: single.transform((value) => (value === "true" ? true : value === "false" ? false : undefined)),
  // AO3's crossover option: "exclude" hides works in more than one fandom, "only" shows just those.
  crossover: single.transform((value) => (value === "only" || value === "exclude" ? value : undefined)),
  q: single.transform((query) => query?.slice(0, 200) || undefined),
  words_from: wordCount,
  words_to: wordCount,
  date_from: day,
  date_to: day,
  language: single.transform((code) => code?.slice(0, 20) || undefined),
  sort: single.transform((sort): WorkSort => (WORK_SORTS as readonly string[]).includes(sort ?? "") ? (sort as WorkSort) : "updated"),
  page: z.unknown().optional().transform(parsePage),
  // "Show them": this one listing without what the reader's preferences hide.
  show_hidden: single.transform((value) => value === "true"),
});

export type WorkFilter = z.infer<typeof filterSchema>;

export function parseWorkFilter(searchParams: SearchParams): WorkFilter {
  return filterSchema.parse(searchParams);
}

// The filter back as query parameters, for pagination links and "Clear Filters".
export function workFilterQuery(filter: Partial<WorkFilter>, overrides: Partial<WorkFilter> = {}): string {
  const merged = { ...filter, ...overrides };
  const params = new URLSearchParams();
  for (const name of merged.include ?? []) params.append("include", name);
  for (const name of merged.exclude ?? []) params.append("exclude", name);
  if (merged.rating) params.set("rating", merged.rating);
  if (merged.complete !== undefined) params.set("complete", String(merged.complete));
  if (merged.crossover) params.set("crossover", merged.crossover);
  if (merged.q) params.set("q", merged.q);
  if (merged.words_from !== undefined) params.set("words_from", String(merged.words_from));
  if (merged.words_to !== undefined) params.set("words_to", String(merged.words_to));
  if (merged.date_from) params.set("date_from", merged.date_from.toISOString().slice(0, 10));
  if (merged.date_to) params.set("date_to", merged.date_to.toISOString().slice(0, 10));
  if (merged.language) params.set("language", merged.language);
  if (merged.sort && merged.sort !== "updated") params.set("sort", merged.sort);
  if (merged.show_hidden) params.set("show_hidden", "true");
  if (merged.page && merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
