// nginx (Debian's) as a child of the bench, in a throwaway folder: once serving the saved HTML of
// a page as a plain file (the ceiling for those bytes on this machine), and once running the
// shipped deploy/nginx.conf in front of the app, when that file exists. The shipped file is used
// as it is, with only what belongs to this machine replaced (as scripts/lib/nginx.ts on the
// scale branch does for its own test): the port, the upstream, and the paths it writes.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { launchNginx, nginxBinary, type RunningNginx } from "../../scripts/lib/nginx";
import { ROOT } from "../../scripts/lib/run";
import { makeThrowawayFolder } from "../../scripts/lib/throwaway-postgres";

// BENCH_NGINX_CONF: another file of the same shape (a variant of the shipped one, to compare).
export const SHIPPED_NGINX_CONF = process.env.BENCH_NGINX_CONF ?? path.join(ROOT, "deploy", "nginx.conf");
const NGINX = nginxBinary();

// Asked before anything slow runs, so a missing nginx costs seconds, not a whole bench.
export async function checkNginx() {
  const version = spawn(NGINX, ["-v"], { stdio: "ignore" });
  const found = await new Promise<boolean>((resolve) => {
    version.once("error", () => resolve(false));
    version.once("exit", (code) => resolve(code === 0));
  });
  if (!found) throw new Error("nginx is not installed: apt-get install -y nginx-light (Debian), or set NGINX=/path/to/nginx");
}
const TEMP_KINDS = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"];

const tempPaths = (prefix: string, indent = "    ") => TEMP_KINDS.map((kind) => `${indent}${kind}_temp_path ${path.join(prefix, `${kind}_temp`)};`).join("\n");

// The saved page as /page.html, with what Debian's stock nginx.conf sets for files (sendfile).
export async function startStaticNginx(html: string, port: number): Promise<RunningNginx> {
  const prefix = makeThrowawayFolder("bench-nginx");
  mkdirSync(path.join(prefix, "html"));
  writeFileSync(path.join(prefix, "html", "page.html"), html, { mode: 0o644 });
  const config = `worker_processes auto;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
${tempPaths(prefix)}
    server {
        listen 127.0.0.1:${port};
        root ${path.join(prefix, "html")};
        default_type text/html;
    }
}
`;
  return launchNginx(prefix, config, port);
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`deploy/nginx.conf: expected one match of ${pattern}, found ${matches.length}; the bench's template needs updating.`);
  return text.replace(pattern, replacement);
}

// deploy/nginx.conf with this machine's port and upstream; null when there is no such file yet.
// Its log and temporary files go to a throwaway folder; nothing else changes.
export async function startShippedNginx(upstream: string, port: number): Promise<RunningNginx | null> {
  if (!existsSync(SHIPPED_NGINX_CONF)) return null;
  const prefix = makeThrowawayFolder("bench-nginx-cache");
  let config = readFileSync(SHIPPED_NGINX_CONF, "utf8");
  config = replaceOnce(config, /^( *)listen 8080;$/m, `$1listen 127.0.0.1:${port};`);
  config = replaceOnce(config, /^( *)server 127\.0\.0\.1:3000;\n *server 127\.0\.0\.1:3001;$/m, `$1server ${upstream};`);
  config = replaceOnce(config, /proxy_cache_path \/var\/cache\/nginx\/folio /, `proxy_cache_path ${path.join(prefix, "cache")} `);
  config = replaceOnce(
    config,
    /^( *)access_log \/var\/log\/nginx\/folio-access\.log;$/m,
    `$1access_log ${path.join(prefix, "access.log")};\n${tempPaths(prefix, "$1")}`,
  );
  return launchNginx(prefix, config, port);
}
