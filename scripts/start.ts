// `npm start` (production build + serve) and `npm run dev`: a database (embedded unless
// DATABASE_URL is set), migrations, demo content on an empty archive, then Next.js on PORT.
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "./lib/auth-secret";
import { buildIsCurrent } from "./lib/build-is-current";
import { DatabaseInUseError } from "./lib/embedded-postgres";
import { printOutbox, type OutboxPrinter } from "./lib/print-outbox";
import { PostgresUnreachableError } from "./lib/postgres-reach";
import { migrate, provideDatabase, seed } from "./lib/database";
import { bin, ROOT, run } from "./lib/run";

const DATA_DIR = path.join(ROOT, ".data");
const dev = process.argv.includes("--dev");

async function main() {
  try {
    process.loadEnvFile(path.join(ROOT, ".env"));
  } catch {
    // No .env: the environment is the configuration.
  }
  const port = process.env.PORT ?? "3000";
  const database = await provideDatabase(path.join(DATA_DIR, "postgres"));
  let stopping = false;
  let outbox: OutboxPrinter | undefined;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await outbox?.stop();
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    await migrate(database.url);
    await seed(database.url);
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: ensureAuthSecret(DATA_DIR),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    if (!dev && !buildIsCurrent()) await run(bin("next"), ["build"], { env });
    // Without SMTP, mail (password reset links) is printed here.
    if (!process.env.SMTP_URL) outbox = printOutbox(database.url);
    // Its own process group, so a signal reaches every server process. Production serves with
    // WEB_CONCURRENCY processes (scripts/serve.ts); development with one `next dev`.
    const server = dev
      ? spawn(bin("next"), ["dev", "--port", port], { cwd: ROOT, stdio: "inherit", env, detached: true })
      : spawn(bin("tsx"), [path.join(ROOT, "scripts", "serve.ts")], { cwd: ROOT, stdio: "inherit", env: { ...env, PORT: port }, detached: true });
    const forward = (signal: NodeJS.Signals) => () => {
      if (server.pid) process.kill(-server.pid, signal);
    };
    process.removeAllListeners("SIGINT").removeAllListeners("SIGTERM");
    process.on("SIGINT", forward("SIGINT"));
    process.on("SIGTERM", forward("SIGTERM"));
    server.on("exit", (code) => void stop(code ?? 0));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
  }
}

main().catch((error: unknown) => {
  const explained = error instanceof DatabaseInUseError || error instanceof PostgresUnreachableError;
  console.error(explained ? error.message : error);
  process.exit(1);
});
