// Runs `workers` copies of one server program sharing one port through Node's cluster module
// (the primary accepts and hands connections round-robin). A copy that dies is replaced;
// SIGINT/SIGTERM stop them all. scripts/serve.ts runs `next start` this way.
import cluster from "node:cluster";
import os from "node:os";

// WEB_CONCURRENCY: a positive whole number of processes; anything else means one per core.
export function workerCount(webConcurrency: string | undefined, cores = os.availableParallelism()): number {
  const asked = Math.floor(Number(webConcurrency));
  return Number.isFinite(asked) && asked >= 1 ? asked : Math.max(1, cores);
}

export function serveCluster({ exec, args, cwd, workers }: { exec: string; args: string[]; cwd: string; workers: number }): void {
  cluster.setupPrimary({ exec, args, cwd });

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
}
