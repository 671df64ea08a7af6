// The archive's database for one-off commands (admin, backup, restore): DATABASE_URL (from the
// environment or .env, as `npm start` reads it), else the embedded server of `npm start` — the
// running one when there is one, or started for the length of the command.
import path from "node:path";
import { type Database, provideDatabase } from "./database";
import { embeddedDatabaseUrl, runningServer } from "./embedded-postgres";
import { ROOT } from "./run";

export const ARCHIVE_DATA_DIR = path.join(ROOT, ".data", "postgres");

export async function openArchiveDatabase(): Promise<Database> {
  try {
    process.loadEnvFile(path.join(ROOT, ".env"));
  } catch {
    // No .env: the environment is the configuration.
  }
  const running = process.env.DATABASE_URL ? null : runningServer(ARCHIVE_DATA_DIR);
  if (!running) return provideDatabase(ARCHIVE_DATA_DIR);
  const serverUrl = (database: string) => embeddedDatabaseUrl(ARCHIVE_DATA_DIR, running.port, database);
  return { url: serverUrl("folio"), serverUrl, stop: async () => {} };
}
