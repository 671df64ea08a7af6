// `npm start`'s server: WEB_CONCURRENCY processes (default: one per core), each a plain
// `next start`, sharing one port. The app keeps no state of its own (sessions are cookies, limits
// and caches live in PostgreSQL or Redis), so any process can answer any request.
import path from "node:path";
import { ROOT } from "./lib/run";
import { serveCluster, workerCount } from "./lib/serve-cluster";

const port = process.env.PORT ?? "3000";
serveCluster({
  exec: path.join(ROOT, "node_modules", "next", "dist", "bin", "next"),
  args: ["start", "--port", port, ...(process.env.HOSTNAME_TO_BIND ? ["--hostname", process.env.HOSTNAME_TO_BIND] : [])],
  cwd: ROOT,
  workers: workerCount(process.env.WEB_CONCURRENCY),
});
