// `npm run bench`: builds a synthetic archive (BENCH_WORKS works, default 100,000) in a throwaway
// database and times the listing, facet and autocomplete queries through Folio's own lib code.
// Reports median and 95th percentile; compare with the targets in the README.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createDatabaseIfMissing, dropDatabase, migrate, withDatabase } from "../scripts/lib/database";
import { startThrowawayPostgres } from "../scripts/lib/throwaway-postgres";
import { seedBenchData } from "./seed-bench-data";

const WORKS = Number(process.env.BENCH_WORKS ?? 100_000);
const TAGS = Number(process.env.BENCH_TAGS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const DATABASE = `folio_bench_${process.pid}`;

async function time(label: string, run: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(1);
  console.log(`${label.padEnd(52)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms`);
}

async function main() {
  const server = await startThrowawayPostgres("bench-postgres");
  const adminUrl = server.url("postgres");
  try {
    await createDatabaseIfMissing(adminUrl, DATABASE);
    const url = withDatabase(adminUrl, DATABASE);
    await migrate(url);
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    await client.connect();
    const seeding = performance.now();
    await seedBenchData(client, { works: WORKS, tags: TAGS });
    await client.end();
    console.log(`Seeded ${WORKS.toLocaleString("en")} works and ${TAGS.toLocaleString("en")} tags in ${((performance.now() - seeding) / 1000).toFixed(1)} s\n`);

    process.env.DATABASE_URL = url;
    const { parseWorkFilter } = await import("@/lib/works/filter-params");
    const { filterWorks } = await import("@/lib/works/filter-works");
    const { autocompleteTags } = await import("@/lib/tags/autocomplete");
    const { db } = await import("@/lib/db");
    const guest = null;
    const reader = { id: 1, username: "bench_user_1", role: "USER" as const };

    await time("/works (guest, newest first, page 1)", () => filterWorks(parseWorkFilter({}), guest));
    await time("/works (reader, sort by kudos, page 50)", () => filterWorks(parseWorkFilter({ sort: "kudos", page: "50" }), reader));
    await time("/works include a popular fandom", () => filterWorks(parseWorkFilter({ include: "Bench Tag 1" }), guest));
    await time("/works include a tail tag", () => filterWorks(parseWorkFilter({ include: "Bench Tag 4321" }), guest));
    await time("/works include popular, exclude popular", () =>
      filterWorks(parseWorkFilter({ include: "Bench Tag 1", exclude: "Bench Tag 6" }), guest));
    await time("/works with sidebar facets (all works)", () => filterWorks(parseWorkFilter({}), guest, {}, { facets: true }));
    await time("/works with facets, one popular fandom", () =>
      filterWorks(parseWorkFilter({ include: "Bench Tag 1" }), guest, {}, { facets: true }));
    await time("/works search within results (q)", () => filterWorks(parseWorkFilter({ q: "bench work 4242" }), guest));
    await time("tag autocomplete \"Bench Tag 12\" (fandoms)", () => autocompleteTags("FANDOM", "Bench Tag 12", guest));
    await time("tag autocomplete \"b\" (characters)", () => autocompleteTags("CHARACTER", "b", guest));
    await db.$disconnect();
  } finally {
    await dropDatabase(adminUrl, DATABASE).catch(() => {});
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
