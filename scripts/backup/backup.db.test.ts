import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createBookmark } from "@/lib/bookmarks/create-bookmark";
import { bookmarkSchema } from "@/lib/bookmarks/schema";
import { addChapter } from "@/lib/chapters/add-chapter";
import { chapterSchema } from "@/lib/chapters/schema";
import { comment, guest, seasonedUser, workWithChapter } from "@/lib/comments/comment-test-fixtures";
import { postComment } from "@/lib/comments/post-comment";
import { db } from "@/lib/db";
import { recordHit } from "@/lib/hits/record-hit";
import { leaveKudos } from "@/lib/kudos/leave-kudos";
import { blockUser } from "@/lib/muting/set-block";
import { muteUser } from "@/lib/muting/set-mute";
import { addToReadingList } from "@/lib/reading-lists/add-to-reading-list";
import { createReadingList } from "@/lib/reading-lists/create-reading-list";
import { newReadingListSchema } from "@/lib/reading-lists/schema";
import { rateLimits } from "@/lib/rate-limits/rate-limits";
import { subscribe } from "@/lib/subscriptions/subscriptions";
import { editTag } from "@/lib/tags/edit-tag";
import { PASSWORD, userWithPassword } from "@/lib/users/account-test-fixtures";
import { deleteAccount } from "@/lib/users/delete-account";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { createDatabaseIfMissing, dropDatabase, withDatabase } from "../lib/database";
import { makeWork, unique } from "../test/fixtures";
import type { Manifest } from "./manifest";
import { RestoreRefusedError, restoreBackup } from "./restore-backup";
import { writeBackup } from "./write-backup";
import { DEFAULT_PREFERENCES } from "@/lib/preferences/options";
import { saveReaderPreferences } from "@/lib/preferences/save-preferences";
import { recordReading } from "@/lib/readings/record-reading";

const adminUrl = process.env.TEST_DATABASE_ADMIN_URL!;
const sourceUrl = process.env.DATABASE_URL!;
const restoredName = `folio_restore_${randomBytes(6).toString("hex")}`;
const restoredUrl = withDatabase(adminUrl, restoredName);
const folder = mkdtempSync(path.join(os.tmpdir(), "folio-backup-test-"));
const file = path.join(folder, "backup.tar.gz");

const tagId = async (name: string) => (await db.tag.findUniqueOrThrow({ where: { nameKey: name.toLowerCase() } })).id;

// An archive with a row in every table, text that COPY must escape, and a tag that is a synonym
// of a *later* tag (a self-reference that no table order can satisfy).
async function populateArchive() {
  const writer = await seasonedUser("writer");
  const reader = await seasonedUser("reader");
  await subscribe(reader.id, { creatorId: writer.id });
  const synonym = unique("Spuffy");
  const canonical = unique("Buffy Summers/Spike");
  const first = await workWithChapter(writer.id, { relationships: synonym, title: "Tabs\tand \\ backslashes — “quotes” ☃" });
  await makeWork(writer.id, { relationships: canonical, additionalTags: "Fluff, Angst" });
  await makeWork(writer.id, {}, { draft: true });
  await editTag(await tagId(canonical), { canonical: true, synonymOf: "" });
  await editTag(await tagId(synonym), { canonical: false, synonymOf: canonical });
  await subscribe(reader.id, { workId: first.workId });
  await addChapter(writer.id, first.workId, chapterSchema.parse({ chapterTitle: "Two", body: "Line one.\n\nLine two, with a \\N that is not NULL." }), { draft: false });
  await leaveKudos(first.workId, { userId: reader.id });
  await leaveKudos(first.workId, { guestKey: "guest-key-1" });
  const root = await comment(reader, first, "Loved it!\nReally.");
  await comment(writer, first, "Thank you!", root);
  await postComment(guest("Visitor"), { ...first, body: "A guest says hi." });
  await createBookmark(reader, first.workId, bookmarkSchema.parse({ notes: "Comfort read", tags: `${unique("Rec")}, favourites`, rec: "on" }));
  await recordHit(first.workId, "visitor-1");
  const gift = await makeWork(writer.id, { series: unique("Saga"), gifts: reader.username });
  const { seriesId } = await db.seriesWork.findUniqueOrThrow({ where: { workId: gift.id } });
  await subscribe(reader.id, { seriesId });
  await saveReaderPreferences(reader.id, { ...DEFAULT_PREFERENCES, theme: "dark", excludedTags: ["Angst"] });
  await recordReading(reader.id, first.workId, null);
  const pest = await seasonedUser("pest");
  await muteUser(reader.id, pest.id);
  await blockUser(writer.id, pest.id);
  const list = await createReadingList(reader.id, newReadingListSchema.parse({ name: "Shelf — “quoted”" }));
  if (!list.ok) throw new Error(list.code);
  await addToReadingList(reader, list.value.listId, first.workId);
  // A reset token and its mail in the outbox; a work orphaned to orphan_account, which the
  // migrations make and a restore replaces with the backup's own.
  await requestPasswordReset(reader.username);
  const leaver = await userWithPassword("leaver");
  await makeWork(leaver.id);
  await deleteAccount(leaver.id, leaver.id, { works: "orphan", password: PASSWORD });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Every table with every column (generated ones too), rows in a stable order, as JSON.
function snapshot(url: string) {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      // UNLOGGED tables (the abuse-limit counters) are not backed up: PostgreSQL empties them after a crash.
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relpersistence <> 'u' AND c.relname <> '_prisma_migrations' ORDER BY 1`,
    );
    const rows: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      const result = await client.query(`SELECT to_jsonb(t) AS row FROM ${pg.escapeIdentifier(name)} t ORDER BY to_jsonb(t)::text`);
      rows[name] = result.rows.map((row) => row.row);
    }
    const { rows: sequences } = await client.query<{ name: string }>("SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1");
    const sequenceValues: Record<string, unknown> = {};
    for (const { name } of sequences) {
      sequenceValues[name] = (await client.query(`SELECT last_value::text, is_called FROM ${pg.escapeIdentifier(name)}`)).rows[0];
    }
    const migrations = (await client.query("SELECT migration_name, checksum FROM _prisma_migrations ORDER BY 1")).rows;
    return { rows, sequences: sequenceValues, migrations };
  });
}

let before: Awaited<ReturnType<typeof snapshot>>;
let manifest: Manifest;
beforeAll(async () => {
  await populateArchive();
  before = await snapshot(sourceUrl);
  manifest = await writeBackup(sourceUrl, file);
  await createDatabaseIfMissing(adminUrl, restoredName);
}, 60_000);

afterAll(async () => {
  await rateLimits().close();
  await dropDatabase(adminUrl, restoredName);
  rmSync(folder, { recursive: true, force: true });
});

describe("npm run backup and npm run restore", () => {
  test("a restored archive has every row of every table and its sequences", async () => {
    for (const [table, rows] of Object.entries(before.rows)) expect(rows.length, `${table} is populated`).toBeGreaterThan(0);
    const tags = before.rows.tags as { id: number; synonym_of_id: number | null }[];
    expect(tags.some((tag) => tag.synonym_of_id !== null && tag.synonym_of_id > tag.id)).toBe(true);
    expect(Object.fromEntries(manifest.tables.map((table) => [table.name, table.rows]))).toEqual(
      Object.fromEntries(Object.entries(before.rows).map(([table, rows]) => [table, rows.length])),
    );
    expect(manifest.migrations).toEqual(before.migrations.map((migration) => migration.migration_name));

    await restoreBackup(restoredUrl, file);
    const after = await snapshot(restoredUrl);
    expect(after.rows).toEqual(before.rows);
    expect(after.sequences).toEqual(before.sequences);
    expect(after.migrations).toEqual(before.migrations);

    const newest = Math.max(...before.rows.users!.map((user) => (user as { id: number }).id));
    const inserted = await withClient(restoredUrl, (client) =>
      client.query<{ id: number }>("INSERT INTO users (username, email, password_hash) VALUES ('after_restore', 'after@example.test', 'x') RETURNING id"),
    );
    expect(inserted.rows[0]!.id).toBeGreaterThan(newest);
  }, 120_000);

  test("restore refuses a database that already holds an archive, and changes nothing", async () => {
    await expect(restoreBackup(sourceUrl, file)).rejects.toBeInstanceOf(RestoreRefusedError);
    await expect(restoreBackup(sourceUrl, file)).rejects.toThrow(/already holds data \(rows in .*users.*\); a restore only loads into an empty database/);
    const { rows, sequences } = await snapshot(sourceUrl);
    expect({ rows, sequences }).toEqual({ rows: before.rows, sequences: before.sequences });
  }, 60_000);
});
