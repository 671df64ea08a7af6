import "./prisma/cli/unref-timers";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { schemaEngineAdapter } from "./prisma/cli/schema-engine-adapter";

// With a config file Prisma does not read .env itself.
try {
  process.loadEnvFile();
} catch {
  // No .env: the environment is the configuration.
}

// `prisma generate` needs no database, but without a URL it falls back to downloading the
// native engine; a placeholder keeps every command on the offline wasm engine.
const databaseUrl = process.env.DATABASE_URL ?? "postgresql://folio@localhost:5432/folio";
process.env.DATABASE_URL = databaseUrl;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => schemaEngineAdapter(databaseUrl),
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
