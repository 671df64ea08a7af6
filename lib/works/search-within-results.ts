import "server-only";
import { db } from "@/lib/db";
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

// "Search within results" as a condition on `works w`: works whose title and summary hold every
// word typed, or one of whose accepted creators or tags has the text in its name. Each part is
// answered by an index (works.search_vector, trigram indexes on names), and the parts meet as one
// set of ids, so a search over a million works reads only the works it finds.
export async function searchWithinResultsSql(text: string): Promise<Prisma.Sql> {
  const pattern = likePattern(text);
  const [tags, users] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`SELECT id FROM tags WHERE name ILIKE ${pattern} ORDER BY uses_count DESC LIMIT ${MATCHING_NAMES_MAX}`,
    db.$queryRaw<{ id: number }[]>`SELECT id FROM users WHERE username ILIKE ${pattern} LIMIT ${MATCHING_NAMES_MAX}`,
  ]);
  const words = wordsQuery(text);
  const parts: Prisma.Sql[] = [];
  if (words) parts.push(sql`SELECT id FROM works WHERE search_vector @@ to_tsquery('simple', ${words})`);
  if (tags.length) parts.push(sql`SELECT work_id FROM work_tags WHERE tag_id = ANY(${tags.map((tag) => tag.id)}::int[])`);
  if (users.length) {
    parts.push(sql`SELECT work_id FROM creatorships WHERE status = 'ACCEPTED' AND user_id = ANY(${users.map((user) => user.id)}::int[])`);
  }
  return parts.length ? sql`w.id IN (${join(parts, " UNION ")})` : sql`FALSE`;
}
