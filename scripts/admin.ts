// `npm run admin -- grant <username>` / `revoke <username>`: the admin role edits tags. Uses
// DATABASE_URL, else the embedded server of `npm start` (running or not).
import pg from "pg";
import { openArchiveDatabase } from "./lib/archive-database";

const USAGE = "Usage: npm run admin -- grant <username>   |   npm run admin -- revoke <username>";

async function main() {
  const [command, username] = process.argv.slice(2);
  if ((command !== "grant" && command !== "revoke") || !username) {
    console.error(USAGE);
    process.exit(2);
  }
  // `npm start` may already run the embedded server: use it rather than fail to start a second.
  const database = await openArchiveDatabase();
  const client = new pg.Client({ connectionString: database.url });
  try {
    await client.connect();
    const role = command === "grant" ? "ADMIN" : "USER";
    const result = await client.query(`UPDATE users SET role = $1 WHERE username_key = lower($2) RETURNING username`, [role, username]);
    if (result.rowCount === 0) {
      console.error(`No user named "${username}".`);
      process.exitCode = 1;
    } else {
      console.log(`${result.rows[0].username} is now ${role === "ADMIN" ? "an admin" : "a regular user"}.`);
    }
  } finally {
    await client.end();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const undefinedTable = (error as { code?: string }).code === "42P01";
  console.error(undefinedTable ? "This database has no accounts yet: run `npm start` once first." : error instanceof Error ? error.message : error);
  process.exit(1);
});
