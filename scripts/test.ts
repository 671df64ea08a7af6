// `npm test`: typecheck, lint, unit and integration tests and the production build side by side,
// then the browser tests against that build, served by two processes behind nginx — all on one
// PostgreSQL server (embedded in a temporary directory unless TEST_DATABASE_URL names a server),
// with fresh databases dropped at the end.
import { createDatabaseIfMissing, dropDatabase, migrate, seed, withDatabase } from "./lib/database";
import { bin, run, runHeldBack } from "./lib/run";
import { startThrowawayPostgres } from "./lib/throwaway-postgres";
import { type E2eServers, startE2eServers } from "./test/e2e-servers";

const RUN_ID = `${process.pid}_${Date.now()}`;
const TEMPLATE = `folio_template_${RUN_ID}`;
const E2E = `folio_e2e_${RUN_ID}`;

function step(name: string) {
  console.log(`\n▶ ${name}`);
}

// Tests create and drop databases: refuse anything but a server on this machine.
function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`TEST_DATABASE_URL must point at a local server, not ${host}.`);
  }
}

async function provideServer() {
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) {
    assertLocal(configured);
    return { adminUrl: configured, stop: async () => {} };
  }
  // Its data is thrown away at the end: no fsync (a crash of this machine loses nothing of value),
  // which keeps checkpoints and commits cheap — the replica test's base backup waits for one.
  const server = await startThrowawayPostgres("test-postgres", { settings: { fsync: "off" } });
  return { adminUrl: server.url("postgres"), stop: server.stop };
}

// `npm test` runs every stage; `npm test -- --only=e2e [playwright args]` (or unit, static)
// runs one while working on it.
const onlyArgument = process.argv.find((arg) => arg.startsWith("--only="));
const only = onlyArgument?.slice("--only=".length);
const runs = (stage: "static" | "unit" | "e2e") => !only || only === stage;
const passThrough = process.argv.slice(2).filter((arg) => arg !== onlyArgument);

// Waits for every stage that was started (so no child outlives the run), then fails on the first
// that failed.
async function allOf(stages: Promise<unknown>[]) {
  const failed = (await Promise.allSettled(stages)).find((outcome) => outcome.status === "rejected");
  if (failed) throw failed.reason;
}

async function main() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const server = runs("unit") || runs("e2e") ? await provideServer() : null;
  const started: { servers?: E2eServers } = {};
  try {
    // Stages that don't need one another run side by side. On two cores the type check and the
    // linter are single-threaded and the database tests mostly wait on PostgreSQL: one after the
    // other, they left a core idle for minutes.
    const typecheck = runs("static")
      ? run(bin("next"), ["typegen"], { env }).then(() => runHeldBack("Typecheck", bin("tsc"), ["--noEmit"], { env }))
      : Promise.resolve();
    const lint = runs("static") ? runHeldBack("Lint", bin("eslint"), ["--max-warnings=0", "."], { env }) : Promise.resolve();
    const template = server
      ? createDatabaseIfMissing(server.adminUrl, TEMPLATE).then(() => migrate(withDatabase(server.adminUrl, TEMPLATE)))
      : Promise.resolve();
    const unit =
      server && runs("unit")
        ? template.then(() =>
            runHeldBack("Unit and integration tests", bin("vitest"), ["run", ...(only === "unit" ? passThrough : [])], {
              env: { ...env, TEST_DATABASE_ADMIN_URL: server.adminUrl, TEST_TEMPLATE_DATABASE: TEMPLATE },
            }),
          )
        : Promise.resolve();
    // The build writes .next, where `next typegen` put the types tsc reads: it starts after the
    // type check, and skips its own (FOLIO_TYPECHECKED, next.config.js) when tsc has just passed.
    const e2eUrl = server ? withDatabase(server.adminUrl, E2E) : "";
    const build =
      server && runs("e2e")
        ? Promise.all([template, typecheck]).then(async () => {
            await createDatabaseIfMissing(server.adminUrl, E2E, TEMPLATE);
            await seed(e2eUrl);
            await runHeldBack("Production build for the browser tests", bin("next"), ["build"], {
              env: { ...env, DATABASE_URL: e2eUrl, ...(runs("static") ? { FOLIO_TYPECHECKED: "1" } : {}) },
            });
          })
        : Promise.resolve();
    // The browser tests start as soon as the build is ready, beside the database tests still
    // running: those mostly wait on PostgreSQL, and one after the other left a core a third idle.
    const e2e =
      server && runs("e2e")
        ? build.then(async () => {
            step("Browser tests");
            // Two app processes of this build behind nginx (scripts/test/e2e-servers.ts).
            const servers = (started.servers = await startE2eServers(e2eUrl, env));
            await run(bin("playwright"), ["test", ...(only === "e2e" ? passThrough : [])], {
              env: { ...env, E2E_DATABASE_URL: e2eUrl, E2E_PORT: String(servers.port) },
            });
          })
        : Promise.resolve();
    await allOf([typecheck, lint, unit, build, e2e]);
  } finally {
    await started.servers?.stop();
    if (server) {
      await dropDatabase(server.adminUrl, E2E).catch(() => {});
      await dropDatabase(server.adminUrl, TEMPLATE).catch(() => {});
      await server.stop();
    }
  }
}

main().then(
  () => console.log("\nAll tests passed."),
  (error: unknown) => {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
