// Loads the synthetic archive into a freshly migrated database, set-based inside PostgreSQL: each
// phase is one INSERT … SELECT over generate_series or bench_seed.plan (see plan.ts for the
// distributions). session_replication_role = replica skips triggers and foreign-key checks for
// the seed's connections; everything the triggers and the app would have maintained is written
// explicitly instead (creatorships, tag use counts, work counters), and the rebuilt unique
// indexes and the CHECK constraints (never skipped) still vet the rows.
//
// Stored WITHOUT the rows a real archive would have: hits_count (no work_hits rows — hits are
// counters here, long-tailed), notices, subscriptions, readings, series, gifts. Chapter bodies are
// a short sentence except in the showcase works (see chapters.ts). Every other counter equals its
// rows: kudos, comments (approved, not deleted), public bookmarks, chapters, words, tag uses.
import pg from "pg";
import type { Progress } from "../lib/progress";
import { createBenchReaders } from "./bench-readers";
import { chaptersSql } from "./chapters";
import { bookmarksSql, commentsSql, kudosSql } from "./feedback";
import { sequencesSql, tagUsesSql } from "./finish";
import { createIndexes, dropSecondaryIndexes, shareIndexBuilds } from "./indexes";
import { planSql } from "./plan";
import { shapeFor } from "./shape";
import { seedFunctionsSql } from "./sql-functions";
import { tagsSql } from "./tags";
import { usersSql } from "./users";
import { creatorshipsSql, worksSql } from "./works";
import { type ArchiveTagIds, workTagsSql } from "./work-tags";

// A multi-statement query answers with one result per statement.
function rowsOf(result: pg.QueryResult | pg.QueryResult[]) {
  return (Array.isArray(result) ? result : [result]).reduce((sum, part) => sum + (part.rowCount ?? 0), 0);
}

const SESSION = `
  SET session_replication_role = replica;
  SET synchronous_commit = off;
  SET work_mem = '256MB';
  SET maintenance_work_mem = '1GB';
  SET TimeZone = 'UTC';`;

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  await client.query(SESSION);
  return client;
}

// Two connections, one per core: once the works exist, chapters and tags load on one while the
// creatorships and feedback load on the other, and the indexes are rebuilt in two queues.
export async function seedArchive(url: string, works: number, progress: Progress) {
  const shape = shapeFor(works);
  const [one, two] = [await connect(url), await connect(url)];
  const runOn = (client: pg.Client) => (name: string, sql: string) =>
    progress.step(name, () => client.query(sql) as Promise<pg.QueryResult | pg.QueryResult[]>, rowsOf);
  const [run, runOnTwo] = [runOn(one), runOn(two)];
  try {
    await one.query(seedFunctionsSql(shape));
    const { rows } = await one.query<{ name: string; id: number }>("SELECT name, id FROM tags WHERE type IN ('RATING', 'WARNING', 'CATEGORY')");
    const archiveTags: ArchiveTagIds = Object.fromEntries(rows.map((row) => [row.name, row.id]));

    const indexes = await progress.step("drop secondary indexes", () => dropSecondaryIndexes(one), (saved) => saved.length);
    await run("users", usersSql(shape));
    await progress.step("bench readers", () => createBenchReaders(one, shape), (count) => count);
    await run("tags", tagsSql(shape));
    await run("plan", planSql(shape));
    await run("works", worksSql);
    await Promise.all([
      (async () => {
        await run("chapters", chaptersSql);
        await run("work tags", workTagsSql(shape, archiveTags));
        await run("tag use counts", tagUsesSql);
      })(),
      (async () => {
        await runOnTwo("creatorships", creatorshipsSql(shape.creatorBase, shape.creators));
        await runOnTwo("kudos", kudosSql(shape));
        await runOnTwo("comments", commentsSql(shape));
        await runOnTwo("bookmarks", bookmarksSql(shape));
      })(),
    ]);
    const [first, second] = await shareIndexBuilds(one, indexes, 2);
    await progress.step("rebuild secondary indexes (two at a time)", async () => {
      await Promise.all([createIndexes(one, first!), createIndexes(two, second!)]);
      return indexes.length;
    }, (count) => count);
    await run("sequences", sequencesSql);
    await one.query("DROP SCHEMA bench_seed CASCADE; RESET session_replication_role;");
    await progress.step("vacuum analyze", () => one.query("VACUUM (ANALYZE)"));
  } finally {
    await Promise.all([one.end(), two.end()]);
  }
  return shape;
}
