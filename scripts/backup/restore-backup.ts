// Loads a backup made by writeBackup into an empty database: the migrations first (so the schema
// is exactly what this checkout's code expects), then every table's rows, then the sequences —
// all the data in one transaction, so a failed restore leaves the database empty (and migrated),
// ready for another try.
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import * as tar from "tar";
import { migrate } from "../lib/database";
import { ROOT } from "../lib/run";
import { columnList, SEEDED_BY_MIGRATIONS, tablesWithRows } from "./archive-schema";
import { COPY_SESSION_SETTINGS, type Manifest, MANIFEST_FILE, manifestSchema } from "./manifest";

export class RestoreRefusedError extends Error {}

function checkoutMigrations() {
  const folder = path.join(ROOT, "prisma", "migrations");
  return readdirSync(folder)
    .filter((name) => existsSync(path.join(folder, name, "migration.sql")))
    .sort();
}

async function refuseUnlessEmpty(client: pg.Client) {
  const filled = await tablesWithRows(client);
  if (filled.length === 0) return;
  throw new RestoreRefusedError(
    `The database "${client.database}" already holds data (rows in ${filled.join(", ")}); a restore only loads into an empty database.\n` +
      "Create a new database and point DATABASE_URL at it, or, for the embedded server, stop Folio and move .data/ aside (mv .data .data.old) first.",
  );
}

function readManifest(folder: string): Manifest {
  const file = path.join(folder, MANIFEST_FILE);
  if (!existsSync(file)) throw new RestoreRefusedError("This file is not a Folio backup (it has no manifest.json).");
  return manifestSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

// Migrations then data: a backup from another schema version would not fit the tables this
// checkout creates, so it is refused before anything is written.
function refuseOtherSchemaVersion(manifest: Manifest) {
  const local = checkoutMigrations();
  if (JSON.stringify(local) === JSON.stringify(manifest.migrations)) return;
  throw new RestoreRefusedError(
    `This backup is of schema version ${manifest.migrations.at(-1) ?? "(none)"}, this checkout's is ${local.at(-1) ?? "(none)"}.\n` +
      "Restore it with the Folio version that made it, then upgrade that (npm start applies the newer migrations).",
  );
}

type ForeignKey = { table: string; name: string; definition: string };

async function loadRows(client: pg.Client, folder: string, manifest: Manifest) {
  // Foreign keys are dropped for the load and added back at the end, which checks every row at
  // once. Loading in dependency order is not enough (tags.synonym_of_id and comments.parent_id
  // point into their own tables), deferring needs DEFERRABLE constraints, and disabling their
  // triggers needs a superuser; dropping and re-adding needs only ownership, and the
  // transaction makes it all-or-nothing. pg_restore also adds constraints after the data.
  const { rows: foreignKeys } = await client.query<ForeignKey>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY conname`,
  );
  for (const key of foreignKeys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${pg.escapeIdentifier(key.name)}`);

  for (const table of manifest.tables) {
    const name = pg.escapeIdentifier(table.name);
    // Rows arrive as they were, counters included: a trigger that counts them would count twice.
    await client.query(`ALTER TABLE ${name} DISABLE TRIGGER USER`);
    const seeded = SEEDED_BY_MIGRATIONS[table.name];
    if (seeded) await client.query(`DELETE FROM ${name} WHERE ${seeded}`);
    const copy = client.query(copyFrom(`COPY ${name} (${columnList(table.columns)}) FROM STDIN`));
    await pipeline(createReadStream(path.join(folder, table.file)), copy);
    if (copy.rowCount !== table.rows) {
      throw new Error(`${table.name}: the backup lists ${table.rows} rows but ${copy.rowCount} were loaded.`);
    }
    await client.query(`ALTER TABLE ${name} ENABLE TRIGGER USER`);
  }

  for (const key of foreignKeys) {
    await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${pg.escapeIdentifier(key.name)} ${key.definition}`);
  }
  for (const sequence of manifest.sequences) {
    await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [pg.escapeIdentifier(sequence.name), sequence.lastValue, sequence.isCalled]);
  }
}

export async function restoreBackup(databaseUrl: string, file: string): Promise<Manifest> {
  if (!existsSync(file)) throw new RestoreRefusedError(`No such backup file: ${file}`);
  const folder = mkdtempSync(path.join(os.tmpdir(), "folio-restore-"));
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await tar.extract({ file, cwd: folder, strict: true });
    const manifest = readManifest(folder);
    refuseOtherSchemaVersion(manifest);
    await client.connect();
    await refuseUnlessEmpty(client);
    await migrate(databaseUrl);

    await client.query("BEGIN");
    await client.query(COPY_SESSION_SETTINGS);
    // Again inside the transaction: something (a starting Folio's demo seed) may have written since.
    await refuseUnlessEmpty(client);
    await loadRows(client, folder, manifest);
    await client.query("COMMIT");
    return manifest;
  } finally {
    await client.end().catch(() => {});
    rmSync(folder, { recursive: true, force: true });
  }
}
