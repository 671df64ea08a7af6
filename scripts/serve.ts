// `npm start`'s server: WEB_CONCURRENCY processes (default: one per core), each a plain
// `next start`, sharing one port through Node's cluster module. The app keeps no state of its own
// (sessions are cookies, limits and caches live in PostgreSQL or Redis), so any process can answer
// any request. A process that dies is replaced; SIGINT/SIGTERM stop them all.
import cluster from "node:cluster";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./lib/run";

const workers = Math.max(1, Math.floor(Number(process.env.WEB_CONCURRENCY)) || os.availableParallelism());
const port = process.env.PORT ?? "3000";
const args = ["start", "--port", port, ...(process.env.HOSTNAME_TO_BIND ? ["--hostname", process.env.HOSTNAME_TO_BIND] : [])];

cluster.setupPrimary({ exec: path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), args, cwd: ROOT });

let stopping = false;
const stop = () => {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  // Whatever does not stop within 10 s is stopped.
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  console.error(`Server process ${worker.process.pid} ended (${signal ?? `exit ${code}`}); starting another.`);
  cluster.fork();
});

console.log(`Serving with ${workers} server process${workers === 1 ? "" : "es"} (WEB_CONCURRENCY).`);
for (let index = 0; index < workers; index++) cluster.fork();
