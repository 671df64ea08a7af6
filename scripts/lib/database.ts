import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { bin, ROOT, run } from "./run";

export type Database = { url: string; serverUrl: (database: string) => string; stop: () => Promise<void> };

// DATABASE_URL set: that server, started by someone else. Unset: the embedded server on dataDir.
export async function provideDatabase(dataDir: string, databaseName = "folio"): Promise<Database> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const serverUrl = (database: string) => withDatabase(configured, database);
    return { url: configured, serverUrl, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres(dataDir);
  await createDatabaseIfMissing(server.url("postgres"), databaseName);
  return { url: server.url(databaseName), serverUrl: server.url, stop: server.stop };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function createDatabaseIfMissing(adminUrl: string, name: string, template?: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ""}`);
    }
  } finally {
    await client.end();
  }
}

// `graceMs`: how long sessions that are closing get to finish before the drop ends them. Ended by
// the drop, a connection a pool was closing reports the termination as an error nobody handles.
export async function dropDatabase(adminUrl: string, name: string, { graceMs = 0 } = {}) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ sessions: number }>("SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = $1", [name]);
      if (rows[0]!.sessions === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export function migrate(databaseUrl: string) {
  return run(bin("prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl } });
}

// The seed loads the demo works only into an empty archive. It reads what it writes: from the
// primary only, never from a replica (DATABASE_REPLICA_URL) that may lag behind.
export function seed(databaseUrl: string) {
  return run(bin("tsx"), ["--conditions=react-server", path.join(ROOT, "prisma", "seed.ts")], {
    env: { ...process.env, DATABASE_URL: databaseUrl, DATABASE_REPLICA_URL: undefined },
  });
}
