// A temporary embedded server for tests and benchmarks, removed again by stop(). Its folder is
// inside the checkout (under the gitignored .data/), not in os.tmpdir(): the "postgres" user must
// reach the binaries in node_modules anyway, so one reachable place serves both, and a private
// TMPDIR does not matter.
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { type RunningDatabase, startEmbeddedPostgres } from "./embedded-postgres";
import { ROOT } from "./run";

export async function startThrowawayPostgres(purpose: string): Promise<RunningDatabase> {
  const parent = path.join(ROOT, ".data");
  mkdirSync(parent, { recursive: true });
  const folder = mkdtempSync(path.join(parent, `${purpose}-`));
  try {
    const server = await startEmbeddedPostgres(path.join(folder, "postgres"));
    return {
      url: server.url,
      stop: async () => {
        await server.stop();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
