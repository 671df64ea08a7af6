// Reader accounts the bench logs in as (through the real log-in form), with a known password
// hashed once by the app's own hashPassword. The first reader has what a regular reader has set
// up: an excluded additional tag in their preferences and the two busiest writers muted, so the
// logged-in listing pays for hiding and muting as a real one does.
import type pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { BENCH_READER_EXCLUDED_TAG, BENCH_READER_PASSWORD, BENCH_READERS } from "./bench-reader-accounts";
import type { Shape } from "./shape";

export async function createBenchReaders(client: pg.Client, shape: Shape) {
  const passwordHash = await hashPassword(BENCH_READER_PASSWORD);
  await client.query(
    `INSERT INTO users (id, username, email, password_hash, created_at)
     SELECT $1::int + n, name, name || '@bench.invalid', $2, now() - interval '2 years'
     FROM unnest($3::text[]) WITH ORDINALITY AS r(name, n)`,
    [shape.benchReaderBase, passwordHash, BENCH_READERS],
  );
  const first = shape.benchReaderBase + 1;
  await client.query(
    `INSERT INTO reader_preferences (user_id, excluded_tags) VALUES ($1, $2::text[])`,
    [first, [BENCH_READER_EXCLUDED_TAG]],
  );
  await client.query(
    `INSERT INTO mutes (muter_id, muted_id) VALUES ($1, $2), ($1, $3)`,
    [first, shape.creatorBase + 1, shape.creatorBase + 2],
  );
  return BENCH_READERS.length;
}
