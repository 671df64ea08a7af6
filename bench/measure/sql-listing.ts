// The hand-written SQL of hand-sql.ts, run as an application would: the tag names resolved first,
// then its statements (page, count, sidebar counts) at once on a small pool, as filterWorks runs
// its own with Promise.all.
import pg from "pg";
import type { FolioAnswer } from "./folio-listing";
import type { Fixtures } from "./fixtures";
import { handSql, TAG_IDS_SQL, tagNamesOf } from "./hand-sql";
import type { ListingQuery } from "./listing-queries";

type PageRow = { id: number; title: string; creators: string[] | null; tags: [string, string][] | null };

export function sqlListing(url: string, fixtures: Fixtures) {
  const pool = new pg.Pool({ connectionString: url, max: 3 });
  pool.on("error", () => {});

  async function run(query: ListingQuery) {
    const excludedByReader = query.reader ? fixtures.reader.excludedTags : [];
    const names = tagNamesOf(query, excludedByReader).map((name) => name.trim().toLowerCase());
    const resolved = names.length > 0 ? (await pool.query<{ key: string; ids: number[] }>(TAG_IDS_SQL, [names])).rows : [];
    const ids = new Map(resolved.map((row) => [row.key, row.ids]));
    const sql = handSql(query, query.reader ? fixtures.reader.id : null, excludedByReader, (name) => ids.get(name.trim().toLowerCase()) ?? []);
    const [page, count, facets] = await Promise.all([
      pool.query<PageRow>(sql.page),
      pool.query<{ total: number; hidden: number }>(sql.count),
      sql.facets ? pool.query<{ type: string; name: string; count: number }>(sql.facets) : null,
    ]);
    return { page: page.rows, count: count.rows[0]!, facets: facets?.rows ?? [] };
  }

  async function answer(query: ListingQuery): Promise<FolioAnswer> {
    const result = await run(query);
    return {
      ids: result.page.map((row) => row.id),
      total: result.count.total,
      hidden: result.count.hidden,
      facets: result.facets.map((facet) => `${facet.type}|${facet.name}|${facet.count}`).sort(),
      blurbs: result.page.map((row) => ({
        id: row.id,
        title: row.title,
        creators: row.creators ?? [],
        tags: (row.tags ?? []).map(([type, name]) => `${type}|${name}`).sort(),
      })),
    };
  }

  return { run, answer, end: () => pool.end() };
}
