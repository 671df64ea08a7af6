// `npm run bench:seed -- --works N [--check]`: builds the synthetic archive of N works (100,000 by
// default) in the bench's own PostgreSQL under .data/bench/, as database folio_bench_<N>, replacing
// an earlier one of that size. `npm run bench` reuses it. `rm -rf .data/bench` reclaims the disk.
import { withDatabase } from "../scripts/lib/database";
import { parseBenchArgs } from "./lib/args";
import { startBenchPostgres } from "./lib/bench-postgres";
import { buildArchive } from "./seed/build-archive";
import { checkCounters } from "./seed/check-counters";

async function main() {
  const args = parseBenchArgs(process.argv.slice(2));
  const server = await startBenchPostgres();
  try {
    const built = await buildArchive(server.adminUrl, args.works);
    if (args.check) await checkCounters(withDatabase(server.adminUrl, built.database));
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
