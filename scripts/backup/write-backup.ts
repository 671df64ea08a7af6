// A consistent snapshot of a running archive in one file: every table COPYed out inside one
// REPEATABLE READ transaction (so the tables agree with each other while the app keeps writing),
// plus a manifest, packed as a gzipped tar.
import { createWriteStream, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import * as tar from "tar";
import { appliedMigrations, columnList, listSequences, listTables } from "./archive-schema";
import { BACKUP_FORMAT, COPY_SESSION_SETTINGS, type Manifest, MANIFEST_FILE } from "./manifest";

export async function writeBackup(databaseUrl: string, file: string): Promise<Manifest> {
  const target = path.resolve(file);
  // Owner-only, like the file inside: a backup holds password hashes and email addresses.
  mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  // Beside the target rather than in os.tmpdir(): same disk, and no tmpfs filling up with data.
  const work = mkdtempSync(path.join(path.dirname(target), ".folio-backup-"));
  // Written under another name first, so a half-written backup never looks like a finished one.
  const partial = `${target}.partial`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(COPY_SESSION_SETTINGS);
    const migrations = await appliedMigrations(client);
    if (!migrations) throw new Error("This database has no Folio schema yet: nothing to back up.");

    const tables: Manifest["tables"] = [];
    for (const table of await listTables(client)) {
      const dataFile = `tables/${table.name}.copy`;
      mkdirSync(path.join(work, "tables"), { recursive: true });
      const copy = client.query(copyTo(`COPY ${pg.escapeIdentifier(table.name)} (${columnList(table.columns)}) TO STDOUT`));
      await pipeline(copy, createWriteStream(path.join(work, dataFile)));
      tables.push({ ...table, rows: copy.rowCount, file: dataFile });
    }

    // Sequences are not transactional: this reads their current value, which is at least the
    // highest id in the snapshot — a restored archive may skip a few ids, never reuse one.
    const sequences: Manifest["sequences"] = [];
    for (const name of await listSequences(client)) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value::text, is_called FROM ${pg.escapeIdentifier(name)}`,
      );
      const [row] = rows;
      if (row) sequences.push({ name, lastValue: row.last_value, isCalled: row.is_called });
    }
    const { rows: version } = await client.query<{ server_version: string }>("SHOW server_version");
    await client.query("COMMIT");

    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      postgresVersion: version[0]?.server_version ?? "unknown",
      migrations,
      tables,
      sequences,
    };
    writeFileSync(path.join(work, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);

    const entries = [MANIFEST_FILE, ...tables.map((table) => table.file)];
    await pipeline(tar.create({ gzip: true, cwd: work, portable: true }, entries), createWriteStream(partial, { mode: 0o600 }));
    renameSync(partial, target);
    return manifest;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
    rmSync(work, { recursive: true, force: true });
  }
}
