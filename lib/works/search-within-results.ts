import "server-only";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

const { sql, join } = Prisma;

// A search names at most this many tags and creators; typing "a" should not list half the archive's
// tag ids in one query. The most used tags come first.
const MATCHING_NAMES_MAX = 500;
const WORDS_MAX = 10;

function likePattern(text: string) {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

// Every word typed, each as a whole word or its beginning ("vamp" finds "vampires"). Only letters
// and digits reach to_tsquery, so nothing a reader types is read as its syntax.
function wordsQuery(text: string): string | null {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, WORDS_MAX);
  return words.length ? words.map((word) => `${word}:*`).join(" & ") : null;
}

// Up to this many works found, the condition is their id list, which PostgreSQL plans exactly (a
// few index probes); more, and each work is checked as the listing walks its sort order, where a
// common word finds its 20 in the first rows.
const LISTED_IDS_MAX = 10_000;

// "Search within results" as a condition on `works w`: works whose title and summary hold every
// word typed, or one of whose accepted creators or tags has the text in its name. Each part is
// answered by an index (works.search_vector, trigram indexes on names), so a search over a
// million works reads only the works it finds.
export async function searchWithinResultsSql(text: string): Promise<Prisma.Sql> {
  const pattern = likePattern(text);
  const [tags, users] = await Promise.all([
    readDb.$queryRaw<{ id: number }[]>`SELECT id FROM tags WHERE name ILIKE ${pattern} ORDER BY uses_count DESC LIMIT ${MATCHING_NAMES_MAX}`,
    readDb.$queryRaw<{ id: number }[]>`SELECT id FROM users WHERE username ILIKE ${pattern} LIMIT ${MATCHING_NAMES_MAX}`,
  ]);
  const words = wordsQuery(text);
  const tagIds = tags.map((tag) => tag.id);
  const userIds = users.map((user) => user.id);
  const found: Prisma.Sql[] = [];
  const perWork: Prisma.Sql[] = [];
  if (words) {
    found.push(sql`SELECT id FROM works WHERE search_vector @@ to_tsquery('simple', ${words})`);
    perWork.push(sql`w.search_vector @@ to_tsquery('simple', ${words})`);
  }
  if (tagIds.length) {
    found.push(sql`SELECT work_id FROM work_tags WHERE tag_id = ANY(${tagIds}::int[])`);
    perWork.push(sql`EXISTS (SELECT 1 FROM work_tags wt WHERE wt.work_id = w.id AND wt.tag_id = ANY(${tagIds}::int[]))`);
  }
  if (userIds.length) {
    found.push(sql`SELECT work_id FROM creatorships WHERE status = 'ACCEPTED' AND user_id = ANY(${userIds}::int[])`);
    perWork.push(sql`EXISTS (SELECT 1 FROM creatorships c WHERE c.work_id = w.id AND c.status = 'ACCEPTED' AND c.user_id = ANY(${userIds}::int[]))`);
  }
  if (!found.length) return sql`FALSE`;
  // UNION ALL streams, so the LIMIT stops the search as soon as it is known to be large.
  const rows = await readDb.$queryRaw<{ id: number }[]>`${join(found, " UNION ALL ")} LIMIT ${LISTED_IDS_MAX + 1}`;
  if (rows.length > LISTED_IDS_MAX) return sql`(${join(perWork, " OR ")})`;
  const ids = [...new Set(rows.map((row) => row.id))].sort((a, b) => a - b);
  return sql`w.id = ANY(${ids}::int[])`;
}
