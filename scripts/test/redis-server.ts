// Starts a throwaway Redis (Debian's redis-server) on a unix socket in a temporary folder, with
// no persistence, for tests of the Redis back-end. Never relies on a server already running.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type TestRedis = { url: string; stop: () => Promise<void> };

export async function startTestRedis(): Promise<TestRedis> {
  if (spawnSync("redis-server", ["--version"]).error) {
    throw new Error("redis-server is missing: apt-get install -y redis-server");
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "folio-test-redis-"));
  const socket = path.join(dir, "redis.sock");
  const server = spawn(
    "redis-server",
    ["--port", "0", "--unixsocket", socket, "--unixsocketperm", "700", "--save", "", "--appendonly", "no", "--dir", dir],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!existsSync(socket)) {
    if (server.exitCode !== null) throw new Error(`redis-server exited with ${server.exitCode}`);
    if (Date.now() > deadline) throw new Error("redis-server did not start within 10 s");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    url: socket,
    stop: async () => {
      server.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
