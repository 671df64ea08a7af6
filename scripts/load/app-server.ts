// The production server under test, in its own process group: a SIGKILL takes next-server with it,
// as a crashed machine would, and a restart is a fresh process on the same port and database.
import { type ChildProcess, spawn } from "node:child_process";
import { openSync } from "node:fs";
import { bin, ROOT } from "../lib/run";

export type AppServer = { url: string; start: () => Promise<void>; kill: () => Promise<void>; stop: () => Promise<void> };

async function waitUntilAnswering(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/login`, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The app at ${url} did not answer within ${timeoutMs / 1000} s`);
}

// The app's own output goes to `logFile`: during the faults it logs every failed query.
export function appServer(port: number, env: NodeJS.ProcessEnv, logFile: string): AppServer {
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  function signalGroup(signal: NodeJS.Signals) {
    if (child?.pid) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    }
  }

  async function exited(process: ChildProcess) {
    if (process.exitCode !== null || process.signalCode !== null) return;
    await new Promise((resolve) => process.once("exit", resolve));
  }

  return {
    url,
    async start() {
      child = spawn(bin("next"), ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
        cwd: ROOT,
        env,
        detached: true,
        stdio: ["ignore", openSync(logFile, "a"), openSync(logFile, "a")],
      });
      await waitUntilAnswering(url, 60_000);
    },
    async kill() {
      const running = child;
      signalGroup("SIGKILL");
      if (running) await exited(running);
    },
    async stop() {
      const running = child;
      signalGroup("SIGTERM");
      if (running) await exited(running);
    },
  };
}
