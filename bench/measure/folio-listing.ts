// A listing through Folio's own code, as its page gets it: the query string parsed by
// parseWorkFilter, then filterWorks through its public signature (a tag page first resolves its
// tag with lookUpTag). Imported only after DATABASE_URL points at the bench database: lib/db.ts
// reads it when first loaded.
import type { Fixtures } from "./fixtures";
import { type ListingQuery, searchParamsOf } from "./listing-queries";

export type FolioAnswer = {
  ids: number[];
  total: number;
  hidden: number;
  facets: string[];
  blurbs: { id: number; title: string; creators: string[]; tags: string[] }[];
};

export async function folioListing(fixtures: Fixtures) {
  const { parseWorkFilter } = await import("@/lib/works/filter-params");
  const { filterWorks } = await import("@/lib/works/filter-works");
  const { lookUpTag } = await import("@/lib/tags/lookup-tags");
  const { DEFAULT_PREFERENCES } = await import("@/lib/preferences/options");

  const reader = { id: fixtures.reader.id, username: fixtures.reader.username, role: "USER" as const };
  const readerPreferences = { ...DEFAULT_PREFERENCES, excludedTags: fixtures.reader.excludedTags };

  async function run(query: ListingQuery) {
    const filter = parseWorkFilter(Object.fromEntries(groupParams(searchParamsOf(query))));
    const scope = query.tagPage ? { tagIds: (await lookUpTag(query.tagPage))?.filterIds ?? [] } : {};
    return filterWorks(filter, query.reader ? reader : null, scope, {
      facets: query.facets,
      preferences: query.reader ? readerPreferences : DEFAULT_PREFERENCES,
    });
  }

  // The answer once its counts are made: a first count over a large archive goes on in the
  // background and the page says "still counting" meanwhile (lib/works/listing-counts.ts).
  async function answer(query: ListingQuery): Promise<FolioAnswer> {
    let result = await run(query);
    for (const deadline = Date.now() + 300_000; result.counting && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      result = await run(query);
    }
    return {
      ids: result.works.map((work) => work.id),
      total: result.total,
      hidden: result.hidden,
      facets: result.facets.map((facet) => `${facet.type}|${facet.name}|${facet.count}`).sort(),
      blurbs: result.works.map((work) => ({
        id: work.id,
        title: work.title,
        creators: work.creatorships.map((creatorship) => creatorship.user.username),
        tags: work.tags.map(({ tag }) => `${tag.type}|${tag.name}`).sort(),
      })),
    };
  }

  return { run, answer };
}

// Repeated parameters (include=a&include=b) as Next hands them to a page: an array.
function groupParams(params: URLSearchParams) {
  const grouped = new Map<string, string | string[]>();
  for (const [name, value] of params) {
    const before = grouped.get(name);
    grouped.set(name, before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value]);
  }
  return grouped;
}
