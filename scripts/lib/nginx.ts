// Runs the shipped deploy/nginx.conf as a child process (Debian's nginx-light), for its own test
// (scripts/scale/nginx.test.ts) and for `npm test`'s browser stage. The file is used as it is,
// with only what belongs to this machine replaced: the port it listens on, the app instances, and
// the paths it writes (cache, log, temporary files, all in one throwaway folder). Each replacement
// must match exactly once, so a change to the shipped file that would bypass one fails loudly.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { makeThrowawayFolder } from "./throwaway-postgres";
import { ROOT } from "./run";

export const SHIPPED_NGINX_CONF = path.join(ROOT, "deploy", "nginx.conf");

export type NginxOptions = {
  port: number;
  // host:port of each app instance.
  upstreams: string[];
  // The folder for its cache, logs, pid and temporary files.
  prefix: string;
  // false: guest pages are not micro-cached (the build's static files still are).
  microCache?: boolean;
};

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`)) ?? [];
  if (matches.length !== 1) {
    throw new Error(`deploy/nginx.conf: expected exactly one match of ${pattern}, found ${matches.length}.`);
  }
  return text.replace(pattern, replacement);
}

export function nginxConfig(options: NginxOptions, shipped = readFileSync(SHIPPED_NGINX_CONF, "utf8")): string {
  const { port, upstreams, prefix, microCache = true } = options;
  if (upstreams.length === 0) throw new Error("nginx needs at least one upstream.");
  const at = (name: string) => path.join(prefix, name);
  let config = shipped;
  config = replaceOnce(config, /^( *)listen 8080;$/m, `$1listen 127.0.0.1:${port};`);
  config = replaceOnce(
    config,
    /^( *)server 127\.0\.0\.1:3000;\n *server 127\.0\.0\.1:3001;$/m,
    upstreams.map((upstream) => `$1server ${upstream};`).join("\n"),
  );
  config = replaceOnce(config, /proxy_cache_path \/var\/cache\/nginx\/folio /, `proxy_cache_path ${at("cache")} `);
  config = replaceOnce(
    config,
    /^( *)access_log \/var\/log\/nginx\/folio-access\.log;$/m,
    [
      `$1access_log ${at("access.log")};`,
      // nginx's compiled-in temporary folders (/var/lib/nginx) are root's.
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `$1${kind}_temp_path ${at(`${kind}_temp`)};`),
    ].join("\n"),
  );
  if (!microCache) config = replaceOnce(config, /proxy_cache folio; # the guest micro-cache/, "proxy_cache off;");
  return config;
}

export function nginxBinary(): string {
  if (process.env.NGINX) return process.env.NGINX;
  return existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export type RunningNginx = { url: string; prefix: string; process: ChildProcess; stop: () => Promise<void> };

// Starts nginx in the foreground (its own process group), ready once its port accepts.
export async function startNginx(options: Omit<NginxOptions, "prefix">): Promise<RunningNginx> {
  // Run as root, nginx's workers are `nobody`: the folder lets them through (makeThrowawayFolder).
  const prefix = makeThrowawayFolder("nginx");
  return launchNginx(prefix, nginxConfig({ ...options, prefix }), options.port);
}

// Runs `config` from `prefix` (a folder it may write in, removed on stop); the bench uses it for
// its own configurations too (bench/measure/nginx.ts).
export async function launchNginx(prefix: string, config: string, port: number): Promise<RunningNginx> {
  const confPath = path.join(prefix, "nginx.conf");
  writeFileSync(confPath, config);
  const errorLog = path.join(prefix, "error.log");
  const child = spawn(
    nginxBinary(),
    ["-c", confPath, "-p", `${prefix}/`, "-g", `daemon off; pid ${path.join(prefix, "nginx.pid")}; error_log ${errorLog} warn;`],
    { detached: true, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const failure = () => {
    const log = existsSync(errorLog) ? readFileSync(errorLog, "utf8") : "";
    return `${stderr}${log}`.trim().split("\n").slice(-15).join("\n");
  };
  const spawnError = new Promise<never>((_, reject) =>
    child.once("error", (error) => reject(new Error(`nginx could not be started (${error.message}): apt-get install -y nginx-light`))),
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      // TERM: a fast shutdown of the master and its workers (one process group).
      process.kill(-child.pid, "SIGTERM");
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await Promise.race([
      spawnError,
      (async () => {
        const deadline = Date.now() + 10_000;
        while (!(await accepts(port))) {
          if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${failure()}`);
          if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port} within 10 s:\n${failure()}`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })(),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, prefix, process: child, stop };
}
