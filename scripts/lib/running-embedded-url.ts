import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { embeddedDatabaseUrl } from "./embedded-postgres";

// The URL of the embedded server that `npm start` is running on dataDir, read from PostgreSQL's
// own lock file (line 4 is the port), or null when it is not running.
export function runningEmbeddedUrl(dataDir: string, database = "folio"): string | null {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return null;
  const [pid, , , port] = readFileSync(lockFile, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  return port ? embeddedDatabaseUrl(port.trim(), database) : null;
}
