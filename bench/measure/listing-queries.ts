// The listings measured, each described once; the Folio call, the page's address and the hand-
// written SQL are all derived from the description. `facets`: the sidebar's tag counts are part
// of the answer (Folio's pages always show them; the other rows time the listing itself).
import type { Fixtures } from "./fixtures";

export const SORTS = ["updated", "posted", "kudos", "comments", "bookmarks", "hits", "words", "title"] as const;
export type Sort = (typeof SORTS)[number];

export type ListingQuery = {
  key: string;
  label: string;
  include: string[];
  exclude: string[];
  rating?: string;
  complete?: boolean;
  wordsFrom?: number;
  wordsTo?: number;
  q?: string;
  sort: Sort;
  page: number;
  // A tag page (/tags/<name>/works): the tag and its synonyms, filtered further by the rest.
  tagPage?: string;
  reader: boolean;
  facets: boolean;
};

const base = { include: [], exclude: [], sort: "updated", page: 1, reader: false, facets: false } satisfies Partial<ListingQuery>;

export function listingQueries(f: Fixtures): ListingQuery[] {
  return [
    { ...base, key: "pairing", label: `one pairing (${f.pairing})`, include: [f.pairing] },
    {
      ...base,
      key: "include_two_exclude_one",
      label: `two tags included, one excluded (${f.fandom} + ${f.freeform} − ${f.secondFreeform})`,
      include: [f.fandom, f.freeform],
      exclude: [f.secondFreeform],
    },
    {
      ...base,
      key: "rating_complete_words",
      label: "General Audiences, complete, 1,000–5,000 words",
      rating: "General Audiences",
      complete: true,
      wordsFrom: 1000,
      wordsTo: 5000,
    },
    ...SORTS.map((sort) => ({ ...base, key: `sort_${sort}`, label: `all works by ${sort}`, sort })),
    { ...base, key: "page_50", label: "all works, page 50", page: 50 },
    { ...base, key: "search", label: `search within results ("${f.searchWord}")`, q: f.searchWord },
    { ...base, key: "tag_page", label: `tag page (${f.freeform})`, tagPage: f.freeform },
    { ...base, key: "facets_all", label: "sidebar counts, all works", facets: true },
    { ...base, key: "facets_fandom", label: `sidebar counts, one popular fandom (${f.fandom})`, include: [f.fandom], facets: true },
    { ...base, key: "reader", label: "a logged-in reader's works index (1 tag excluded by preferences, 2 writers muted)", reader: true },
  ];
}

// The query string Folio's pages read (lib/works/filter-params.ts's parameter names).
export function searchParamsOf(query: ListingQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of query.include) params.append("include", name);
  for (const name of query.exclude) params.append("exclude", name);
  if (query.rating) params.set("rating", query.rating);
  if (query.complete !== undefined) params.set("complete", String(query.complete));
  if (query.wordsFrom !== undefined) params.set("words_from", String(query.wordsFrom));
  if (query.wordsTo !== undefined) params.set("words_to", String(query.wordsTo));
  if (query.q) params.set("q", query.q);
  if (query.sort !== "updated") params.set("sort", query.sort);
  if (query.page > 1) params.set("page", String(query.page));
  return params;
}

export function pathOf(query: ListingQuery): string {
  const search = searchParamsOf(query).toString();
  const path = query.tagPage ? `/tags/${encodeURIComponent(query.tagPage)}/works` : "/works";
  return search ? `${path}?${search}` : path;
}
