import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

// The embedded server's superuser password lives beside its data directory (`.data/postgres`
// → `.data/postgres-password`), readable only by the owner of the checkout: anyone on this
// machine can reach 127.0.0.1, so a password everyone knows would guard nothing.
export function passwordFileFor(dataDir: string) {
  return `${path.resolve(dataDir)}-password`;
}

export function readPostgresPassword(dataDir: string): string | null {
  const file = passwordFileFor(dataDir);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : null;
}

// Made once; written under a temporary name and renamed so that a crash never leaves half a file.
export function ensurePostgresPassword(dataDir: string): string {
  const existing = readPostgresPassword(dataDir);
  if (existing) return existing;
  const file = passwordFileFor(dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  // base64url: safe inside a connection URL without escaping.
  const password = randomBytes(24).toString("base64url");
  writeFileSync(`${file}.tmp`, `${password}\n`, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
  return password;
}
