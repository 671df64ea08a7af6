import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test } from "vitest";
import { makeUser, unique } from "../../scripts/test/fixtures";

const MIGRATION = path.join(__dirname, "../../prisma/migrations/20261126000000_archive_tags/migration.sql");

// This file's database goes back to before the migration, gets the rows the old lazy creation
// made, and runs the migration again, as a production database would.
test("the archive tags migration repairs archive names taken by another type", async () => {
  const writer = await makeUser("writer");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const query = async (text: string, values: unknown[] = []) => (await client.query(text, values)).rows;
    await client.query(`
      DROP TRIGGER tags_check_synonym ON tags;
      DROP FUNCTION tags_check_synonym();
      ALTER TABLE tags DROP CONSTRAINT tags_archive_type_fixed, DROP CONSTRAINT tags_archive_canonical,
        DROP CONSTRAINT tags_synonym_not_itself, DROP CONSTRAINT tags_synonym_not_canonical;
      DROP FUNCTION archive_tag_type(text);
      DELETE FROM tags WHERE type IN ('RATING', 'WARNING', 'CATEGORY');`);
    const [explicit] = await query(`INSERT INTO tags (name, type) VALUES ('explicit', 'FREEFORM') RETURNING id`);
    const [mature] = await query(`INSERT INTO tags (name, type, canonical) VALUES ('Mature', 'RATING', true) RETURNING id`);
    const [death] = await query(`INSERT INTO tags (name, type, canonical) VALUES ('Major Character Death', 'FREEFORM', true) RETURNING id`);
    const mcd = unique("MCD");
    await query(`INSERT INTO tags (name, type, synonym_of_id) VALUES ($1, 'FREEFORM', $2)`, [mcd, death.id]);
    const work = async (tagIds: number[]) => {
      const [row] = await query(`INSERT INTO works (creator_id, title, posted, updated_at) VALUES ($1, $2, true, now()) RETURNING id`, [writer.id, unique("Old")]);
      for (const tagId of tagIds) await query(`INSERT INTO work_tags (work_id, tag_id) VALUES ($1, $2)`, [row.id, tagId]);
      return row.id as number;
    };
    // Rated Mature with "explicit" typed in Additional Tags first; then a work rated Explicit.
    const tagged = await work([mature.id, explicit.id, death.id]);
    const rated = await work([explicit.id]);

    await client.query(readFileSync(MIGRATION, "utf8"));

    const tagsOf = async (workId: number) =>
      (await query(`SELECT t.name, t.type::text FROM work_tags wt JOIN tags t ON t.id = wt.tag_id WHERE wt.work_id = $1 ORDER BY t.name`, [workId]));
    expect(await tagsOf(tagged)).toEqual([
      { name: "Major Character Death", type: "WARNING" },
      { name: "Mature", type: "RATING" },
    ]);
    expect(await tagsOf(rated)).toEqual([{ name: "Explicit", type: "RATING" }]);
    expect(await query(`SELECT name, canonical, uses_count FROM tags WHERE id = $1`, [explicit.id])).toEqual([
      { name: "Explicit", canonical: true, uses_count: 1 },
    ]);
    expect(await query(`SELECT synonym_of_id FROM tags WHERE name = $1`, [mcd])).toEqual([{ synonym_of_id: null }]);
    expect(await query(`SELECT count(*)::int AS n FROM tags WHERE type IN ('RATING', 'WARNING', 'CATEGORY')`)).toEqual([{ n: 17 }]);
    await expect(query(`UPDATE tags SET type = 'FREEFORM' WHERE id = $1`, [explicit.id])).rejects.toThrow(/tags_archive_type_fixed/);
  } finally {
    await client.end();
  }
});
