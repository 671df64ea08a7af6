// A fresh folio_bench_<N> on the bench server: dropped if it exists, migrated like any Folio
// database (scripts/lib/database.ts), seeded, then marked complete (bench/lib/bench-postgres.ts).
import { createDatabaseIfMissing, dropDatabase, migrate, withDatabase } from "../../scripts/lib/database";
import { benchDatabaseName, databaseSize, markSeeded, withClient } from "../lib/bench-postgres";
import { formatSeconds, progress } from "../lib/progress";
import { seedArchive } from "./seed-archive";

export const formatBytes = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

export async function buildArchive(adminUrl: string, works: number) {
  const database = benchDatabaseName(works);
  const url = withDatabase(adminUrl, database);
  const steps = progress("seed");
  // Bulk loading writes gigabytes of WAL: fewer checkpoints while it does. Set on the bench's own
  // server only (.data/bench), and only settings a reload applies.
  await withClient(adminUrl, async (client) => {
    // One statement each: ALTER SYSTEM refuses to run inside the transaction a multi-statement query is.
    await client.query("ALTER SYSTEM SET max_wal_size = '8GB'");
    await client.query("ALTER SYSTEM SET checkpoint_timeout = '30min'");
    await client.query("SELECT pg_reload_conf()");
  });
  await steps.step(`database ${database} (dropped and created, migrations applied)`, async () => {
    await dropDatabase(adminUrl, database);
    await createDatabaseIfMissing(adminUrl, database);
    await migrate(url);
  });
  await seedArchive(url, works, steps);
  const seconds = formatSeconds(steps.elapsed());
  const size = await databaseSize(adminUrl, database);
  await markSeeded(adminUrl, database, `${works} works, seeded in ${seconds} on ${new Date().toISOString()}`);
  console.log(`Seeded ${works.toLocaleString("en")} works into ${database} in ${seconds}; database size ${formatBytes(size)}.`);
  return { database, url, seconds: steps.elapsed() / 1000, bytes: size };
}
