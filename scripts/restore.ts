// `npm run restore <file>`: loads a backup from `npm run backup` into an empty database —
// DATABASE_URL, else the embedded server of `npm start` (running or not). See "Backups" in the README.
import path from "node:path";
import { RestoreRefusedError, restoreBackup } from "./backup/restore-backup";
import { openArchiveDatabase } from "./lib/archive-database";

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run restore <backup file>");
    process.exit(2);
  }
  const database = await openArchiveDatabase();
  try {
    const manifest = await restoreBackup(database.url, path.resolve(file));
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`Restored ${rows.toLocaleString("en")} rows in ${manifest.tables.length} tables from the backup of ${manifest.createdAt}.`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof RestoreRefusedError ? error.message : error);
  process.exit(1);
});
