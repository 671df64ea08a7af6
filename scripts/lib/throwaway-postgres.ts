// A temporary embedded server for tests and benchmarks, removed again by stop(). It lives in its
// own folder under os.tmpdir() — data, password file and, when the checkout sits in a folder the
// "postgres" user cannot enter (CI's `mktemp -d`), a mirror of the binaries — so that `npm test`
// works from any checkout without changing a folder outside it.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type RunningDatabase, startEmbeddedPostgres } from "./embedded-postgres";

// The folder itself: mkdtemp makes it 0700; ours to open for the postgres user (traverse only).
export function makeThrowawayFolder(purpose: string, parent = os.tmpdir()) {
  const folder = mkdtempSync(path.join(parent, `folio-${purpose}-`));
  chmodSync(folder, 0o711);
  return folder;
}

export async function startThrowawayPostgres(purpose: string, { settings }: { settings?: Record<string, string> } = {}): Promise<RunningDatabase> {
  const folder = makeThrowawayFolder(purpose);
  try {
    const server = await startEmbeddedPostgres(path.join(folder, "postgres"), { mirrorBinariesIn: folder, settings });
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
