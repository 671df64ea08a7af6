// The bench's own embedded PostgreSQL, kept in .data/bench/ (apart from the app's .data/postgres)
// so that a seeded archive survives between runs: seeding a million works takes minutes, and
// `npm run bench` reuses it. `rm -rf .data/bench` gives the disk back.
import path from "node:path";
import pg from "pg";
import { DatabaseInUseError, runningServer, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { ROOT } from "../../scripts/lib/run";

export const BENCH_DATA_DIR = path.join(ROOT, ".data", "bench", "postgres");

// Raised whenever the generator changes what it builds, so an older archive is rebuilt.
export const SEED_VERSION = "folio bench seed 1";

export const benchDatabaseName = (works: number) => `folio_bench_${works}`;

export async function startBenchPostgres() {
  try {
    const server = await startEmbeddedPostgres(BENCH_DATA_DIR);
    return { ...server, adminUrl: server.url("postgres") };
  } catch (error) {
    // The app's advice (DATABASE_URL) does not apply here: the bench always uses its own server.
    if (error instanceof DatabaseInUseError) {
      throw new Error(`Another bench is using ${BENCH_DATA_DIR} (PostgreSQL pid ${runningServer(BENCH_DATA_DIR)?.pid}); wait for it to finish.`);
    }
    throw error;
  }
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// "complete" only when the seed finished (it comments the database as its last step), so an
// interrupted seed is rebuilt rather than measured.
export async function seedState(adminUrl: string, database: string): Promise<"missing" | "partial" | "complete"> {
  return withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ note: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1",
      [database],
    );
    if (rows.length === 0) return "missing";
    return rows[0]!.note?.startsWith(`${SEED_VERSION}:`) ? "complete" : "partial";
  });
}

export async function markSeeded(adminUrl: string, database: string, details: string) {
  await withClient(adminUrl, (client) =>
    client.query(`COMMENT ON DATABASE ${pg.escapeIdentifier(database)} IS ${pg.escapeLiteral(`${SEED_VERSION}: ${details}`)}`),
  );
}

export async function databaseSize(adminUrl: string, database: string) {
  return withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ bytes: string }>("SELECT pg_database_size($1)::text AS bytes", [database]);
    return Number(rows[0]!.bytes);
  });
}
