// `npm run bench -- --works N [--json PATH] [--skip-build]`: in one run, on the synthetic archive of
// N works (built by `npm run bench:seed` when folio_bench_<N> is missing):
//   1. every listing three ways — Folio's code, the production server over HTTP, hand-written SQL;
//   2. throughput (wrk) of the pages readers load most, beside a page served without rendering
//      and nginx serving the same HTML, and through deploy/nginx.conf when it exists;
//   3. posting a 100,000-word chapter; 4. RSS of every server process under load.
// Prints a Markdown table and writes bench/results/<date>.json (every figure named, its target,
// met or missed, an empty note) and bench/results/<date>.md. Targets: issue 9.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { withDatabase } from "../scripts/lib/database";
import { findFreePort } from "../scripts/lib/free-port";
import { bin, ROOT, run } from "../scripts/lib/run";
import { parseBenchArgs } from "./lib/args";
import { BENCH_DATA_DIR, benchDatabaseName, databaseSize, seedState, startBenchPostgres } from "./lib/bench-postgres";
import { figures, markdown, type Results } from "./lib/results";
import type { Timed } from "./lib/stats";
import { startAppServer } from "./measure/app-server";
import { readFixtures } from "./measure/fixtures";
import { listingQueries, pathOf } from "./measure/listing-queries";
import { timeListingsInProcess, timeListingsOverHttp } from "./measure/listings";
import { logIn } from "./measure/log-in";
import { measurePosting } from "./measure/posting";
import { checkNginx } from "./measure/nginx";
import { measureThroughput } from "./measure/throughput";
import { checkWrk, CONNECTIONS, SECONDS, THREADS } from "./measure/wrk";
import { BENCH_READERS } from "./seed/bench-reader-accounts";
import { buildArchive } from "./seed/build-archive";

const started = Date.now();
const log = (line: string) => console.log(`[bench ${new Date(Date.now() - started).toISOString().slice(14, 19)}] ${line}`);

async function main() {
  const args = parseBenchArgs(process.argv.slice(2));
  await checkWrk();
  await checkNginx();
  const loadBefore = os.loadavg();
  const date = new Date().toISOString().slice(0, 10);
  const database = benchDatabaseName(args.works);
  const postgres = await startBenchPostgres();
  try {
    const url = withDatabase(postgres.adminUrl, database);
    const state = await seedState(postgres.adminUrl, database);
    if (state !== "complete") {
      log(state === "missing" ? `${database} does not exist: seeding it` : `${database} is not a finished seed of this version: seeding it again`);
      await buildArchive(postgres.adminUrl, args.works);
    }
    if (!args.skipBuild) {
      log("production build (next build)");
      // Building loads lib/db.ts, which wants a DATABASE_URL (it connects only when queried).
      await run(bin("next"), ["build"], { env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" } });
    }

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const fixtures = await readFixtures(client);
    const seeded = (await client.query<{ note: string }>("SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1", [database])).rows[0]!.note;
    const writer = (await client.query<{ id: number }>("SELECT id FROM users WHERE username = $1", [BENCH_READERS[2]])).rows[0]!.id;
    await client.end();
    const queries = listingQueries(fixtures);

    log(`listings through Folio's code and hand-written SQL (${queries.length} queries)`);
    process.env.DATABASE_URL = url;
    const inProcess = await timeListingsInProcess(url, fixtures, queries, log);
    log("posting a 100,000-word chapter through postWork and addChapter");
    const posting = await measurePosting(writer, fixtures.fandom);
    await (await import("@/lib/db")).db.$disconnect();

    const logDir = path.dirname(BENCH_DATA_DIR);
    const server = await startAppServer({ port: await findFreePort(), databaseUrl: url, logDir });
    log(`production server: ${server.processes} processes (WEB_CONCURRENCY) on ${server.url}; its log: ${server.log}`);
    let http: Map<string, Timed>;
    let throughput: Awaited<ReturnType<typeof measureThroughput>>;
    try {
      const cookie = await logIn(server.url, fixtures.reader.username, fixtures.reader.password);
      log("listings over HTTP");
      http = await timeListingsOverHttp(server.url, queries, cookie, log);
      log(`throughput: wrk -t${THREADS} -c${CONNECTIONS} -d${SECONDS}s per page`);
      throughput = await measureThroughput(server, fixtures, cookie, log);
    } finally {
      await server.stop();
    }

    const results: Results = {
      date,
      works: args.works,
      database: { name: database, bytes: await databaseSize(postgres.adminUrl, database), seeded },
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model.trim() ?? "unknown CPU",
        memoryGb: Math.round(os.totalmem() / 1024 ** 3),
        loadBefore,
        loadAfter: os.loadavg(),
        node: process.version,
      },
      server: { processes: server.processes, note: `scripts/serve.ts with WEB_CONCURRENCY=${server.processes} (one \`next start\` per process, one port)` },
      wrk: {
        threads: THREADS,
        connections: CONNECTIONS,
        seconds: SECONDS,
        note: `wrk (${THREADS} threads) runs on the same ${os.cpus().length} cores as the server and PostgreSQL, and takes its share of them.`,
      },
      comparisonPage: throughput.comparisonPage,
      guestWorkPage: throughput.guestWorkPage,
      listings: queries.map((query) => ({ key: query.key, label: query.label, path: pathOf(query), ...inProcess.get(query.key)!, http: http.get(query.key)! })),
      throughput: throughput.throughput,
      microCache: throughput.microCache,
      posting,
      rss: throughput.rss,
    };
    const jsonPath = path.resolve(args.json ?? path.join(ROOT, "bench", "results", `${date}.json`));
    const markdownPath = jsonPath.replace(/\.json$/, "") + ".md";
    mkdirSync(path.dirname(jsonPath), { recursive: true });
    writeFileSync(jsonPath, `${JSON.stringify({ ...results, figures: figures(results) }, null, 2)}\n`);
    const table = markdown(results);
    writeFileSync(markdownPath, table);
    console.log(`\n${table}`);
    log(`wrote ${path.relative(process.cwd(), jsonPath)} and ${path.relative(process.cwd(), markdownPath)}`);
  } finally {
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
