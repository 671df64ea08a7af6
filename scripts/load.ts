// `npm run test:load`: a production build on a throwaway database, 60 s of mixed traffic at 32
// connections, PostgreSQL restarted once and the app SIGKILLed and restarted once meanwhile; then
// every acknowledged write is looked up and every counter recounted. One line says how it went:
//   load: N requests, E 5xx outside fault windows, W acknowledged writes, L lost, counts exact
// Options: --seconds 60, --connections 32, --skip-build (reuse .next from an earlier build).
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { appServer } from "./load/app-server";
import { HttpClient, type Exchange } from "./load/http-client";
import { integrityProblems, Ledger, lostWrites } from "./load/ledger";
import { type Archive, browseOnce, type Writer, writeOnce } from "./load/virtual-users";
import { createDatabaseIfMissing, migrate, seed } from "./lib/database";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { findFreePort } from "./lib/free-port";
import { bin, run } from "./lib/run";
import { makeThrowawayFolder } from "./lib/throwaway-postgres";

function option(name: string, fallback: number) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}
const SECONDS = option("seconds", 60);
const CONNECTIONS = option("connections", 32);
const WRITERS = Math.max(1, Math.round(CONNECTIONS * 0.375));
const DATABASE = "folio_load";

type Window = { name: string; from: number; to: number };

const log = (message: string) => console.log(`[load ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function createWriters(url: string): Promise<Writer[]> {
  const password = randomBytes(12).toString("base64url");
  const passwordHash = await hash(password);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Established accounts (two days old), past the new-account limits, as regulars of an archive are.
    const { rows } = await client.query<{ id: number; username: string }>(
      `INSERT INTO users (username, email, password_hash, created_at)
       SELECT 'loadwriter' || n, 'loadwriter' || n || '@example.test', $2, now() - interval '2 days'
       FROM generate_series(1, $1::int) AS n RETURNING id, username`,
      [WRITERS, passwordHash],
    );
    return rows.map((row) => ({ ...row, password, ownWorks: [], bookmarked: new Set(), kudosed: new Set() }));
  } finally {
    await client.end();
  }
}

async function archiveOf(url: string): Promise<Archive> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const works = await client.query<{ id: number }>("SELECT id FROM works WHERE posted AND NOT restricted ORDER BY id");
    const tags = await client.query<{ name: string }>(
      `SELECT DISTINCT t.name FROM tags t JOIN work_tags wt ON wt.tag_id = t.id JOIN works w ON w.id = wt.work_id
       WHERE w.posted AND NOT w.restricted AND t.type IN ('FANDOM', 'FREEFORM', 'RELATIONSHIP')`,
    );
    return { workIds: works.rows.map((work) => work.id), tagNames: [...tags.rows.map((tag) => tag.name), "Fluff"], fandom: "Load Test Fandom" };
  } finally {
    await client.end();
  }
}

async function waitForPage(url: string) {
  for (;;) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // Still coming back.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const insideAny = (windows: Window[], exchange: Exchange) =>
  windows.some((window) => exchange.started <= window.to && exchange.ended >= window.from);

async function main() {
  const folder = makeThrowawayFolder("load");
  const dataDir = path.join(folder, "postgres");
  let database = await startEmbeddedPostgres(dataDir, { mirrorBinariesIn: folder });
  const port = database.port;
  const url = database.url(DATABASE);
  const appPort = await findFreePort();
  const appLog = path.join(folder, "app.log");
  const app = appServer(appPort, {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://127.0.0.1:${appPort}`,
    // Every client of the run shares 127.0.0.1; a real archive's visitors have addresses of their own.
    RATE_LIMIT_PER_ADDRESS_SCALE: "100",
  }, appLog);
  try {
    await createDatabaseIfMissing(database.url("postgres"), DATABASE);
    await migrate(url);
    await seed(url);
    if (!process.argv.includes("--skip-build")) {
      log("building (next build)…");
      await run(bin("next"), ["build"], { env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" } });
    }
    const writers = await createWriters(url);
    const archive = await archiveOf(url);
    await app.start();
    log(`${CONNECTIONS} connections (${WRITERS} writers) for ${SECONDS} s against ${app.url}`);

    const http = new HttpClient(app.url);
    const ledger = new Ledger();
    const windows: Window[] = [];
    const started = Date.now();
    const deadline = started + SECONDS * 1000;

    const loops = [
      ...writers.map(async (writer) => {
        while (Date.now() < deadline) await writeOnce(http, ledger, archive, writer);
      }),
      ...Array.from({ length: CONNECTIONS - WRITERS }, async () => {
        while (Date.now() < deadline) await browseOnce(http, archive);
      }),
    ];

    const faults = (async () => {
      await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000 * 0.3));
      const restart: Window = { name: "PostgreSQL restart", from: Date.now(), to: Infinity };
      windows.push(restart);
      log("fault: stopping PostgreSQL");
      await database.stop();
      database = await startEmbeddedPostgres(dataDir, { mirrorBinariesIn: folder, port });
      await waitForPage(`${app.url}/works`);
      restart.to = Date.now() + 1000;
      log(`PostgreSQL back; the archive answered again after ${((restart.to - 1000 - restart.from) / 1000).toFixed(1)} s`);

      await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + SECONDS * 1000 * 0.6 - Date.now())));
      const crash: Window = { name: "app SIGKILL", from: Date.now(), to: Infinity };
      windows.push(crash);
      log("fault: SIGKILL to the app");
      await app.kill();
      await app.start();
      crash.to = Date.now() + 1000;
      log(`app restarted after ${((crash.to - 1000 - crash.from) / 1000).toFixed(1)} s`);
    })();

    await Promise.all([...loops, faults]);
    const elapsed = (Date.now() - started) / 1000;
    await app.stop();

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const lost = await lostWrites(client, ledger);
    const problems = await integrityProblems(client);
    await client.end();
    if (ledger.doubleKudosBothAccepted > 0) problems.push(`double kudos both accepted: ${ledger.doubleKudosBothAccepted}`);

    const outside = http.serverErrors.filter((exchange) => !insideAny(windows, exchange));
    for (const exchange of outside.slice(0, 10)) log(`5xx outside the fault windows: ${exchange.status} ${exchange.path}`);
    log(
      `${(http.requests / elapsed).toFixed(0)} req/s; ${http.serverErrors.length - outside.length} 5xx and ` +
        `${http.connectionErrors} refused connections inside the fault windows; writes: ${ledger.works.length} works, ` +
        `${ledger.chapters.length} chapters, ${ledger.kudos.length} kudos, ${ledger.comments.length} comments, ${ledger.bookmarks.length} bookmarks`,
    );
    log(`answers to writes: ${[...ledger.answers].map(([key, count]) => `${key}×${count}`).join(", ")}`);
    console.log(
      `load: ${http.requests} requests, ${outside.length} 5xx outside fault windows, ${ledger.writes} acknowledged writes, ` +
        `${lost} lost, ${problems.length === 0 ? "counts exact" : `counts WRONG (${problems.join("; ")})`}`,
    );
    if (outside.length > 0 || lost > 0 || problems.length > 0 || ledger.writes === 0) {
      process.exitCode = 1;
      log(`the app's last words (${appLog}):\n${readFileSync(appLog, "utf8").split("\n").slice(-40).join("\n")}`);
    }
  } finally {
    await app.kill();
    await database.stop().catch(() => {});
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
