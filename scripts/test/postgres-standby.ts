// A streaming replica of the test run's PostgreSQL, for the DATABASE_REPLICA_URL tests. The
// embedded binaries have no pg_basebackup, so the base backup is taken by hand, the way it does:
// pg_backup_start(), a copy of the data directory, pg_backup_stop() and its backup_label; then
// standby.signal and primary_conninfo, and the same postgres binary the primary runs starts it.
// A replication slot made before the copy keeps the WAL the standby still needs. The primary's
// defaults allow it (wal_level=replica, max_wal_senders=10; pg_hba.conf lets replication in).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, chmodSync, chownSync, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { findFreePort } from "../lib/free-port";
import { makeThrowawayFolder } from "../lib/throwaway-postgres";

export type Standby = {
  // The standby's address for a database of the primary.
  url: (database: string) => string;
  // Resolves once the standby has replayed everything the primary had written when it was called.
  caughtUp: () => Promise<void>;
  pauseReplay: () => Promise<void>;
  resumeReplay: () => Promise<void>;
  stop: () => Promise<void>;
};

// What pg_basebackup leaves out: the server's own run-time files and what is rebuilt at start.
const SKIPPED = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "pg_internal.init"]);
const EMPTIED = new Set(["pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans", "pgsql_tmp"]);

// Files may vanish while they are copied (another test file drops its database): skipped, as
// pg_basebackup does; replaying the WAL drops them again anyway.
function copyDataDirectory(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  let entries: string[];
  try {
    entries = readdirSync(from);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  for (const name of entries) {
    if (SKIPPED.has(name)) continue;
    const source = path.join(from, name);
    const target = path.join(to, name);
    try {
      const stat = lstatSync(source);
      if (stat.isDirectory()) {
        if (EMPTIED.has(name)) mkdirSync(target);
        else copyDataDirectory(source, target);
      } else if (stat.isSymbolicLink()) {
        throw new Error(`${source}: tablespaces are not supported by the test standby.`);
      } else {
        copyFileSync(source, target);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

function chownTree(dir: string, uid: number, gid: number) {
  chownSync(dir, uid, gid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(child, uid, gid);
    else chownSync(child, uid, gid);
  }
}

const quote = (value: string) => `'${value.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;

async function setting(client: pg.Client, name: string): Promise<string> {
  const { rows } = await client.query<{ setting: string }>("SELECT setting FROM pg_settings WHERE name = $1", [name]);
  if (!rows[0]) throw new Error(`No setting ${name}`);
  return rows[0].setting;
}

export async function startStandby(adminUrl: string): Promise<Standby> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const slot = `folio_standby_${randomBytes(4).toString("hex")}`;
  // In memory where there is /dev/shm: the copy and the replay then cost no disk writes.
  const folder = makeThrowawayFolder("standby", existsSync("/dev/shm") ? "/dev/shm" : undefined);
  const dataDir = path.join(folder, "data");
  let server: ChildProcess | null = null;
  let slotMade = false;

  let stopping: Promise<void> | null = null;
  const stop = () => (stopping ??= shutDown());
  const shutDown = async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise<void>((resolve) => server!.once("exit", () => resolve()));
      server.kill("SIGINT"); // fast shutdown
      await exited;
    }
    if (slotMade) {
      // Its walsender ends a moment after the standby.
      for (let attempt = 0; ; attempt++) {
        try {
          await admin.query("SELECT pg_drop_replication_slot($1)", [slot]);
          break;
        } catch (error) {
          if (attempt >= 100 || !/is active/.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    }
    await admin.end();
    rmSync(folder, { recursive: true, force: true });
  };

  try {
    if ((await setting(admin, "wal_level")) === "minimal" || Number(await setting(admin, "max_wal_senders")) < 1) {
      throw new Error("The test PostgreSQL does not allow streaming replication (wal_level=minimal or max_wal_senders=0).");
    }
    const primaryDataDir = await setting(admin, "data_directory");
    const { rows } = await admin.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    // The binary the primary runs (the embedded one, or a system server's): same version for sure.
    const postgres = readlinkSync(`/proc/${rows[0]!.pid}/exe`);
    // A hot standby needs at least the primary's values of these.
    const sameAsPrimary: string[] = [];
    for (const name of ["max_connections", "max_worker_processes", "max_wal_senders", "max_prepared_transactions", "max_locks_per_transaction"]) {
      sameAsPrimary.push("-c", `${name}=${await setting(admin, name)}`);
    }

    await admin.query("SELECT pg_create_physical_replication_slot($1, true)", [slot]);
    slotMade = true;
    await admin.query("SELECT pg_backup_start('folio test standby', true)");
    copyDataDirectory(primaryDataDir, dataDir);
    const backup = await admin.query<{ labelfile: string }>("SELECT labelfile FROM pg_backup_stop(false)");
    writeFileSync(path.join(dataDir, "backup_label"), backup.rows[0]!.labelfile);
    writeFileSync(path.join(dataDir, "standby.signal"), "");
    const primary = new URL(adminUrl);
    const conninfo = [
      `host=${primary.hostname}`,
      `port=${primary.port || 5432}`,
      `user=${decodeURIComponent(primary.username)}`,
      `password=${decodeURIComponent(primary.password)}`,
      "application_name=folio_test_standby",
    ].join(" ");
    appendFileSync(path.join(dataDir, "postgresql.auto.conf"), `\nprimary_conninfo = ${quote(conninfo)}\nprimary_slot_name = ${quote(slot)}\n`);
    chmodSync(dataDir, 0o700);
    const owner = statSync(primaryDataDir);
    if (process.getuid?.() === 0) chownTree(dataDir, owner.uid, owner.gid);

    const port = await findFreePort();
    const log: string[] = [];
    const child = spawn(
      postgres,
      ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off", ...sameAsPrimary],
      { stdio: ["ignore", "ignore", "pipe"], ...(process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {}) },
    );
    server = child;
    await new Promise<void>((resolve, reject) => {
      child.stderr?.on("data", (chunk: Buffer) => {
        log.push(chunk.toString());
        if (chunk.toString().includes("ready to accept read-only connections")) resolve();
      });
      child.once("error", reject);
      child.once("exit", (code) => reject(new Error(`The standby exited (${code}):\n${log.join("").slice(-3000)}`)));
    });

    const url = (database: string) => {
      const standby = new URL(adminUrl);
      standby.port = String(port);
      standby.pathname = `/${database}`;
      return standby.toString();
    };
    const onStandby = async <T>(sql: string, params: unknown[] = []) => {
      const client = new pg.Client({ connectionString: url("postgres") });
      await client.connect();
      try {
        return (await client.query<T & pg.QueryResultRow>(sql, params)).rows;
      } finally {
        await client.end();
      }
    };
    return {
      url,
      caughtUp: async () => {
        const { rows: written } = await admin.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
        for (;;) {
          const [state] = await onStandby<{ done: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done", [written[0]!.lsn]);
          if (state?.done) return;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
      pauseReplay: async () => void (await onStandby("SELECT pg_wal_replay_pause()")),
      resumeReplay: async () => void (await onStandby("SELECT pg_wal_replay_resume()")),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
