// The best SQL we could write by hand for each listing: the same answer as Folio's (the page's
// 20 works with what a blurb shows, the total, the sidebar counts, the works hidden by the
// reader's preferences), on the schema and indexes the migrations make, with no caches and no
// precomputed tables — the limit PostgreSQL alone sets for the query. Written from the schema and AO3's rules, deliberately not from Folio's
// lib/works code, so that a slow plan there shows up as a ratio here. Tag names are resolved to
// ids (a canonical tag with its synonyms) by one query first, and the ids passed as parameters:
// resolved inside the same statement, PostgreSQL plans without knowing how common the tags are
// and picks worse plans (twice as slow for a popular tag's page at 100,000 works).
import type { ListingQuery, Sort } from "./listing-queries";

export const PAGE_SIZE = 20;
const FACETS_PER_TYPE = 10;

// Sort keys as AO3 orders them; id breaks ties so pages never overlap.
const ORDER: Record<Sort, string> = {
  updated: "w.revised_at DESC, w.id DESC",
  posted: "w.published_at DESC, w.id DESC",
  kudos: "w.kudos_count DESC, w.id DESC",
  comments: "w.comments_count DESC, w.id DESC",
  bookmarks: "w.bookmarks_count DESC, w.id DESC",
  hits: "w.hits_count DESC, w.id DESC",
  words: "w.word_count DESC, w.id DESC",
  title: "lower(w.title), w.id",
};

export type HandSql = { text: string; values: unknown[] };

class Params {
  readonly values: unknown[] = [];
  add(value: unknown) {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

// The ids each name filters on: the tag it names, seen through its canonical tag, with every
// synonym. $1: the names, lower-cased. A name no tag has is missing from the answer.
export const TAG_IDS_SQL = `
  SELECT n.name_key AS key, array_agg(x.id) AS ids
  FROM tags n JOIN tags x ON x.id = coalesce(n.synonym_of_id, n.id) OR x.synonym_of_id = coalesce(n.synonym_of_id, n.id)
  WHERE n.name_key = ANY($1::text[])
  GROUP BY n.name_key`;

// Names to ids (from TAG_IDS_SQL, sql-listing.ts); a name that matches no tag includes nothing
// and excludes nothing.
export type TagIds = (name: string) => number[];

const tagged = (ids: string) => `EXISTS (SELECT 1 FROM work_tags wt WHERE wt.work_id = w.id AND wt.tag_id = ANY(${ids}::int[]))`;

// The filter as one condition on works w; `hidden` is the reader's preferences, kept apart so the
// count of hidden works can use it.
function conditions(query: ListingQuery, readerId: number | null, excludedByReader: string[], tagIds: TagIds, params: Params) {
  const where = [readerId === null ? "w.posted AND NOT w.restricted" : "w.posted"];
  if (readerId !== null) {
    where.push(`NOT EXISTS (SELECT 1 FROM mutes m JOIN creatorships c ON c.user_id = m.muted_id AND c.status = 'ACCEPTED'
                            WHERE m.muter_id = ${params.add(readerId)} AND c.work_id = w.id)`);
  }
  const included = [...(query.tagPage ? [query.tagPage] : []), ...query.include, ...(query.rating ? [query.rating] : [])];
  for (const name of included) where.push(tagged(params.add(tagIds(name))));
  const excluded = query.exclude.flatMap(tagIds);
  if (excluded.length > 0) where.push(`NOT ${tagged(params.add(excluded))}`);
  if (query.complete !== undefined) where.push(`w.complete = ${params.add(query.complete)}`);
  if (query.wordsFrom !== undefined) where.push(`w.word_count >= ${params.add(query.wordsFrom)}`);
  if (query.wordsTo !== undefined) where.push(`w.word_count <= ${params.add(query.wordsTo)}`);
  if (query.q) {
    const pattern = params.add(`%${query.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
    where.push(`(w.title ILIKE ${pattern} OR w.summary ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM creatorships c JOIN users u ON u.id = c.user_id WHERE c.work_id = w.id AND c.status = 'ACCEPTED' AND u.username ILIKE ${pattern})
      OR EXISTS (SELECT 1 FROM work_tags wt JOIN tags t ON t.id = wt.tag_id WHERE wt.work_id = w.id AND t.name ILIKE ${pattern}))`);
  }
  const hiddenIds = readerId === null ? [] : excludedByReader.flatMap(tagIds);
  const hidden = hiddenIds.length > 0 ? tagged(params.add(hiddenIds)) : null;
  return { where: where.join("\n  AND "), hidden };
}

export type HandListing = { page: HandSql; count: HandSql; facets: HandSql | null };

export function tagNamesOf(query: ListingQuery, excludedByReader: string[]) {
  return [...(query.tagPage ? [query.tagPage] : []), ...query.include, ...(query.rating ? [query.rating] : []), ...query.exclude, ...excludedByReader];
}

export function handSql(query: ListingQuery, readerId: number | null, excludedByReader: string[], tagIds: TagIds): HandListing {
  const build = (render: (where: string, hidden: string | null, params: Params) => string): HandSql => {
    const params = new Params();
    const { where, hidden } = conditions(query, readerId, excludedByReader, tagIds, params);
    return { text: render(where, hidden, params), values: params.values };
  };
  const visible = (where: string, hidden: string | null) => (hidden ? `${where}\n  AND NOT ${hidden}` : where);

  // The page's works in order, then each one's blurb: its creators in byline order and its tags.
  const page = build((where, hidden, params) => `
    SELECT w.id, w.title, w.summary, w.language, w.word_count, w.posted_chapters, w.expected_chapters, w.complete,
           w.posted, w.restricted, w.kudos_count, w.comments_count, w.bookmarks_count, w.hits_count, w.published_at, w.revised_at,
           cu.username AS creator,
           (SELECT json_agg(u.username ORDER BY c.accepted_at, c.id) FROM creatorships c JOIN users u ON u.id = c.user_id
            WHERE c.work_id = w.id AND c.status = 'ACCEPTED') AS creators,
           (SELECT json_agg(json_build_array(t.type, t.name)) FROM work_tags wt JOIN tags t ON t.id = wt.tag_id WHERE wt.work_id = w.id) AS tags
    FROM (SELECT w.id FROM works w WHERE ${visible(where, hidden)}
          ORDER BY ${ORDER[query.sort]} LIMIT ${PAGE_SIZE} OFFSET ${params.add((query.page - 1) * PAGE_SIZE)}) p
    JOIN works w ON w.id = p.id JOIN users cu ON cu.id = w.creator_id
    ORDER BY ${ORDER[query.sort]}`);

  const count = build((where, hidden) =>
    hidden
      ? `SELECT count(*) FILTER (WHERE NOT h.hidden)::int AS total, count(*) FILTER (WHERE h.hidden)::int AS hidden
         FROM works w CROSS JOIN LATERAL (SELECT ${hidden} AS hidden) h WHERE ${where}`
      : `SELECT count(*)::int AS total, 0 AS hidden FROM works w WHERE ${where}`,
  );

  // Per tag type, the ten tags on most matching works; a synonym counts as its canonical tag,
  // once per work even when a work carries both.
  const facets = query.facets
    ? build((where, hidden) => `
    SELECT type, name, count FROM (
      SELECT t.type::text AS type, t.name, f.count, row_number() OVER (PARTITION BY t.type ORDER BY f.count DESC, t.name) AS rank
      FROM (SELECT coalesce(t.synonym_of_id, t.id) AS tag_id, count(DISTINCT wt.work_id)::int AS count
            FROM works w JOIN work_tags wt ON wt.work_id = w.id JOIN tags t ON t.id = wt.tag_id
            WHERE ${visible(where, hidden)}
            GROUP BY 1) f
      JOIN tags t ON t.id = f.tag_id) ranked
    WHERE rank <= ${FACETS_PER_TYPE}
    ORDER BY type, count DESC, name`)
    : null;
  return { page, count, facets };
}
