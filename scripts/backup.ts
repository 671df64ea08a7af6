// `npm run backup [-- <file>]`: a consistent snapshot of the archive, by default into
// backups/folio-<UTC time>.tar.gz. Uses DATABASE_URL, else the embedded server of `npm start`
// (running or not). See "Backups" in the README.
import { statSync } from "node:fs";
import path from "node:path";
import { writeBackup } from "./backup/write-backup";
import { openArchiveDatabase } from "./lib/archive-database";
import { ROOT } from "./lib/run";

function defaultFile() {
  // 2026-11-26T01-02-03Z: sortable, and no colons (not allowed in file names everywhere).
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, "Z").replaceAll(":", "-");
  return path.join(ROOT, "backups", `folio-${stamp}.tar.gz`);
}

async function main() {
  const file = path.resolve(process.argv[2] ?? defaultFile());
  const database = await openArchiveDatabase();
  try {
    const manifest = await writeBackup(database.url, file);
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    const kib = statSync(file).size / 1024;
    const size = kib < 1024 ? `${Math.ceil(kib)} KB` : `${(kib / 1024).toFixed(1)} MB`;
    console.log(`Backed up ${rows.toLocaleString("en")} rows in ${manifest.tables.length} tables (schema ${manifest.migrations.at(-1)}) to ${file} (${size}).`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
