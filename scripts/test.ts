// `npm test`: typecheck, lint, unit and integration tests, then the browser tests against one
// production build, served by two processes behind nginx — all on one PostgreSQL server (embedded
// in a temporary directory unless TEST_DATABASE_URL names a server), with fresh databases that are
// dropped at the end.
import { createDatabaseIfMissing, dropDatabase, migrate, seed, withDatabase } from "./lib/database";
import { bin, run } from "./lib/run";
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

async function main() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (runs("static")) {
    step("Typecheck");
    await run(bin("next"), ["typegen"], { env });
    await run(bin("tsc"), ["--noEmit"], { env });
    step("Lint");
    await run(bin("eslint"), ["--max-warnings=0", "."], { env });
  }
  if (!runs("unit") && !runs("e2e")) return;

  step("Database");
  const server = await provideServer();
  let servers: E2eServers | null = null;
  try {
    await createDatabaseIfMissing(server.adminUrl, TEMPLATE);
    await migrate(withDatabase(server.adminUrl, TEMPLATE));

    if (runs("unit")) {
      step("Unit and integration tests");
      await run(bin("vitest"), ["run", ...(only === "unit" ? passThrough : [])], {
        env: { ...env, TEST_DATABASE_ADMIN_URL: server.adminUrl, TEST_TEMPLATE_DATABASE: TEMPLATE },
      });
    }
    if (!runs("e2e")) return;

    step("Browser tests");
    await createDatabaseIfMissing(server.adminUrl, E2E, TEMPLATE);
    const e2eUrl = withDatabase(server.adminUrl, E2E);
    await seed(e2eUrl);
    await run(bin("next"), ["build"], { env: { ...env, DATABASE_URL: e2eUrl } });
    // Two app processes of this build behind nginx (scripts/test/e2e-servers.ts).
    servers = await startE2eServers(e2eUrl, env);
    await run(bin("playwright"), ["test", ...(only === "e2e" ? passThrough : [])], {
      env: { ...env, E2E_DATABASE_URL: e2eUrl, E2E_PORT: String(servers.port) },
    });
  } finally {
    await servers?.stop();
    await dropDatabase(server.adminUrl, E2E).catch(() => {});
    await dropDatabase(server.adminUrl, TEMPLATE).catch(() => {});
    await server.stop();
  }
}

main().then(
  () => console.log("\nAll tests passed."),
  (error: unknown) => {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
