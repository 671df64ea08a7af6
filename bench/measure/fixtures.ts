// What the measurements look at, read from the seeded archive itself (so they follow the data,
// whatever its size): the most used fandom, pairing and additional tags, a word that search
// finds in a few percent of works, the showcase works (bench/seed/shape.ts) and the bench reader.
import type pg from "pg";
import { BENCH_READER_PASSWORD, BENCH_READERS } from "../seed/bench-reader-accounts";

export type Fixtures = Awaited<ReturnType<typeof readFixtures>>;

async function one<T>(client: pg.Client, sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await client.query(sql, params);
  if (!rows[0]) throw new Error(`The seeded archive has nothing for: ${sql}`);
  return rows[0] as T;
}

const mostUsed = (client: pg.Client, type: string, offset = 0, extra = "") =>
  one<{ name: string }>(
    client,
    `SELECT name FROM tags WHERE type = $1 AND canonical AND synonym_of_id IS NULL ${extra} ORDER BY uses_count DESC, id LIMIT 1 OFFSET $2`,
    [type, offset],
  ).then((row) => row.name);

// A work page worth measuring: posted, several chapters (the page shows the first), full-length text.
const showcaseWork = (client: pg.Client, remainder: number, restricted: boolean) =>
  one<{ id: number; chapters: number; words: number }>(
    client,
    `SELECT id, posted_chapters AS chapters, word_count AS words FROM works
     WHERE id % 1000 = $1 AND posted AND restricted = $2 AND posted_chapters > 1 ORDER BY id LIMIT 1`,
    [remainder, restricted],
  );

export async function readFixtures(client: pg.Client) {
  const reader = await one<{ id: number; username: string; excluded: string[] }>(
    client,
    `SELECT u.id, u.username, coalesce(p.excluded_tags, '{}') AS excluded
     FROM users u LEFT JOIN reader_preferences p ON p.user_id = u.id WHERE u.username = $1`,
    [BENCH_READERS[0]],
  );
  return {
    fandom: await mostUsed(client, "FANDOM"),
    pairing: await mostUsed(client, "RELATIONSHIP", 0, "AND name LIKE '%/%'"),
    freeform: await mostUsed(client, "FREEFORM"),
    secondFreeform: await mostUsed(client, "FREEFORM", 1),
    searchWord: "lantern",
    guestWork: await showcaseWork(client, 1, false),
    readerWork: await showcaseWork(client, 2, true),
    reader: { id: reader.id, username: reader.username, password: BENCH_READER_PASSWORD, excludedTags: reader.excluded },
  };
}
