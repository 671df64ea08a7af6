import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test } from "vitest";
import { makeUser, unique } from "../../scripts/test/fixtures";

const MIGRATION = path.join(__dirname, "../../prisma/migrations/20261126110000_creatorships/migration.sql");

// This file's database goes back to before the migration, gets works as they were stored then,
// and runs the migration again, as a production database would.
test("the creatorships migration makes every existing work's creator its accepted creator", async () => {
  const [writer, other] = await Promise.all([makeUser("writer"), makeUser("other")]);
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const query = async (text: string, values: unknown[] = []) => (await client.query(text, values)).rows;
    await client.query(`
      DROP TRIGGER works_add_first_creator ON works;
      DROP FUNCTION works_add_first_creator();
      DROP TABLE creatorships;
      DROP TYPE "CreatorshipStatus";`);
    const insertWork = async (creatorId: number) =>
      (await query(`INSERT INTO works (creator_id, title, posted, updated_at) VALUES ($1, $2, true, now()) RETURNING id`, [creatorId, unique("Old")]))[0]
        .id as number;
    const works = [await insertWork(writer.id), await insertWork(other.id), await insertWork(writer.id)];

    await client.query(readFileSync(MIGRATION, "utf8"));

    const rows = await query(
      `SELECT work_id, user_id, status::text, invited_by_id, accepted_at IS NOT NULL AS accepted FROM creatorships WHERE work_id = ANY($1::int[]) ORDER BY work_id`,
      [works],
    );
    expect(rows).toEqual([
      { work_id: works[0], user_id: writer.id, status: "ACCEPTED", invited_by_id: null, accepted: true },
      { work_id: works[1], user_id: other.id, status: "ACCEPTED", invited_by_id: null, accepted: true },
      { work_id: works[2], user_id: writer.id, status: "ACCEPTED", invited_by_id: null, accepted: true },
    ]);
    // From now on, the trigger gives a new work its creator's row, whoever inserts it.
    const fresh = await insertWork(other.id);
    expect(await query(`SELECT user_id, status::text FROM creatorships WHERE work_id = $1`, [fresh])).toEqual([{ user_id: other.id, status: "ACCEPTED" }]);
    // The database refuses an accepted row without its date, and a self-invitation.
    await expect(query(`UPDATE creatorships SET accepted_at = NULL WHERE work_id = $1`, [fresh])).rejects.toThrow(/creatorships_accepted_at/);
    await expect(query(`UPDATE creatorships SET invited_by_id = user_id WHERE work_id = $1`, [fresh])).rejects.toThrow(/creatorships_not_self_invited/);
  } finally {
    await client.end();
  }
});
