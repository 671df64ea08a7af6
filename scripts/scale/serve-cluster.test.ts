// `npm start` serves with WEB_CONCURRENCY processes on one port (scripts/serve.ts). Here the same
// cluster primary runs a tiny stand-in server, so what is tested is the process handling itself:
// how many serve, that each answers, that a dead one is replaced and that a stop stops them all.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { findFreePort } from "../lib/free-port";
import { workerCount } from "../lib/serve-cluster";

describe("WEB_CONCURRENCY", () => {
  test("a positive whole number is the number of processes; anything else means one per core", () => {
    expect(workerCount("3", 2)).toBe(3);
    expect(workerCount("2.7", 8)).toBe(2);
    for (const unset of [undefined, "", "0", "-1", "many", "Infinity"]) expect(workerCount(unset, 2)).toBe(2);
  });
});

let port = 0;
let primary: ChildProcess;

// One request on a fresh connection, so the primary hands it to the next process in turn. A
// connection handed to a process as it is killed is never answered: given up on after a second.
function askPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: "/", agent: false, timeout: 1000 }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve(Number(body)));
    });
    request.on("timeout", () => request.destroy(new Error("no answer")));
    request.on("error", reject);
  });
}

async function answeringPids(requests = 24): Promise<Set<number>> {
  const pids = new Set<number>();
  for (let index = 0; index < requests; index++) pids.add(await askPid());
  return pids;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// /proc/<pid>/stat: "pid (name) state ppid …".
const parentOf = (pid: number) => Number(/\) \S+ (\d+)/.exec(readFileSync(`/proc/${pid}/stat`, "utf8"))?.[1]);
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("npm start's process cluster", () => {
  beforeAll(async () => {
    port = await findFreePort();
    primary = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "fixtures", "cluster-primary.ts")], {
      env: { ...process.env, PORT: String(port), WEB_CONCURRENCY: "3" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await until(askPid, Number.isInteger);
  }, 30_000);

  afterAll(() => {
    if (primary.exitCode === null) primary.kill("SIGKILL");
  });

  test("three processes share the port and take turns; a killed one is replaced; SIGTERM stops them all", async () => {
    const first = await until(answeringPids, (pids) => pids.size === 3);
    for (const pid of first) expect(parentOf(pid)).toBe(primary.pid);

    const killed = [...first][0]!;
    process.kill(killed, "SIGKILL");
    const after = await until(answeringPids, (pids) => pids.size === 3 && !pids.has(killed));
    expect([...after].filter((pid) => !first.has(pid))).toHaveLength(1);

    const exited = new Promise<number | null>((resolve) => primary.once("exit", resolve));
    primary.kill("SIGTERM");
    expect(await exited).toBe(0);
    for (const pid of after) await until(async () => isRunning(pid), (running) => !running);
  }, 30_000);
});
