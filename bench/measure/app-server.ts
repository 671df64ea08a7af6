// The production server under test, started the way `npm start` serves: scripts/serve.ts, which
// runs WEB_CONCURRENCY `next start` processes on one port (Node's cluster module), in its own
// process group so that stopping it stops them all.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { bin, ROOT } from "../../scripts/lib/run";

export type AppServer = { url: string; processes: number; pids: () => number[]; log: string; stop: () => Promise<void> };

// Children of a process, read from /proc (the cluster's workers, and anything they started).
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // Gone while we looked.
    }
  }
  const found: number[] = [];
  const visit = (id: number) => {
    for (const child of children.get(id) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

async function waitUntilAnswering(url: string, child: ChildProcess, log: string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}); see ${log}`);
    try {
      if ((await fetch(`${url}/login`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer within 90 s; see ${log}`);
}

export async function startAppServer({ port, databaseUrl, logDir }: { port: number; databaseUrl: string; logDir: string }): Promise<AppServer> {
  const url = `http://127.0.0.1:${port}`;
  const processes = Math.max(1, Math.floor(Number(process.env.WEB_CONCURRENCY)) || os.availableParallelism());
  const log = path.join(logDir, "app.log");
  const child = spawn(bin("tsx"), [path.join(ROOT, "scripts", "serve.ts")], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", openSync(log, "a"), openSync(log, "a")],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOSTNAME_TO_BIND: "127.0.0.1",
      WEB_CONCURRENCY: String(processes),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: url,
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      process.kill(-child.pid, "SIGTERM");
      await exited;
    }
  };
  try {
    await waitUntilAnswering(url, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  // The server processes: the cluster's workers (tsx's own wrapper and the primary are not).
  const pids = () => descendants(child.pid!).filter((pid) => readCommand(pid).includes("next"));
  return { url, processes, pids, log, stop };
}

function readCommand(pid: number) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}
