// What the browser tests run against: two `next start` processes of the one build, on the one
// e2e database, behind nginx with the shipped deploy/nginx.conf balancing them round-robin. So a
// journey's requests land on both processes in turn, and anything kept in one process's memory
// (rather than in PostgreSQL, Redis or a cookie) breaks a spec.
//
// nginx's guest micro-cache is off here: specs read their own writes as guests at once (post as
// a writer, then look as a guest), which a few seconds of cache would hide. The micro-cache has a
// test of its own (scripts/scale/nginx.test.ts).
import { type ChildProcess, spawn } from "node:child_process";
import { findFreePort } from "../lib/free-port";
import { type RunningNginx, startNginx } from "../lib/nginx";
import { bin, ROOT } from "../lib/run";

export const E2E_INSTANCES = 2;

export type E2eServers = { baseURL: string; port: number; stop: () => Promise<void> };

// Each `next start` (and the next-server it forks) is a process group of its own, ended as one.
const groups = new Set<number>();
function endGroups() {
  for (const pid of groups) signalGroup(pid, "SIGKILL");
  groups.clear();
}
// Ctrl-C or a CI timeout reach this process, not the detached groups: end them on the way out.
let guarded = false;
function endGroupsOnExit() {
  if (guarded) return;
  guarded = true;
  process.once("exit", endGroups);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, function onSignal() {
      endGroups();
      // Alone: re-raise it for the default behaviour (exit); else the other listeners handle it.
      if (process.listenerCount(signal) === 1) {
        process.removeListener(signal, onSignal);
        process.kill(process.pid, signal);
      }
    });
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

async function answers(url: string, instance: ChildProcess) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (instance.exitCode !== null || instance.signalCode !== null) throw new Error(`The app server for ${url} ended (${instance.exitCode ?? instance.signalCode}).`);
    const status = await fetch(url).then((response) => response.status, () => null);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within 60 s (last: ${status ?? "no answer"}).`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startE2eServers(databaseUrl: string, env: NodeJS.ProcessEnv): Promise<E2eServers> {
  endGroupsOnExit();
  const started = Date.now();
  const port = await findFreePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const ports = await Promise.all(Array.from({ length: E2E_INSTANCES }, () => findFreePort()));
  const instances = ports.map((instancePort) => {
    const child = spawn(bin("next"), ["start", "--port", String(instancePort), "--hostname", "127.0.0.1"], {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: env.E2E_AUTH_SECRET ?? "e2e-secret-not-for-production",
        // The public origin is nginx's.
        NEXTAUTH_URL: baseURL,
        TRUST_PROXY: "1",
        // Every browser here shares 127.0.0.1: raise the per-address abuse limits (only those).
        RATE_LIMIT_PER_ADDRESS_SCALE: "100",
      },
    });
    if (child.pid) groups.add(child.pid);
    return child;
  });
  let nginx: RunningNginx | null = null;
  const stop = async () => {
    await Promise.all(
      instances.map(async (child) => {
        const pid = child.pid;
        if (!pid || !groups.has(pid)) return;
        const ended = new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));
        signalGroup(pid, "SIGTERM");
        // What does not stop within 10 s is stopped.
        const kill = setTimeout(() => signalGroup(pid, "SIGKILL"), 10_000);
        await ended;
        clearTimeout(kill);
        // next start's forked next-server may outlive it: the group goes as a whole.
        signalGroup(pid, "SIGKILL");
        groups.delete(pid);
      }),
    );
    await nginx?.stop();
  };
  try {
    await Promise.all(ports.map((instancePort, index) => answers(`http://127.0.0.1:${instancePort}/`, instances[index]!)));
    nginx = await startNginx({ port, upstreams: ports.map((instancePort) => `127.0.0.1:${instancePort}`), microCache: false });
  } catch (error) {
    await stop();
    throw error;
  }
  console.log(`${E2E_INSTANCES} app processes behind nginx at ${baseURL}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return { baseURL, port, stop };
}
