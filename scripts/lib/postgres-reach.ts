import { chmodSync, existsSync, statSync } from "node:fs";
import path from "node:path";

export class PostgresUnreachableError extends Error {}

function isInside(dir: string, root: string) {
  const relative = path.relative(root, dir);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

function shellQuote(text: string) {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

// As root, PostgreSQL runs as a separate "postgres" user (it refuses to run as root), which must
// be able to pass through every folder on the way to its binaries and its data directory. Inside
// `ownedRoots` (the checkout, the data directory) we add the traverse-only bit (o+x), which makes
// nothing listable or readable that was not. Folders above them belong to someone else: we only
// say which one blocks and how to allow it. Only the "others" bit is checked, so a folder that
// lets postgres through by its group or owner is reported too — rare, and the fix is harmless.
export function letPostgresUserReach(target: string, ownedRoots: string[]) {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    if (existsSync(dir)) {
      const { mode } = statSync(dir);
      if ((mode & 0o001) === 0) {
        if (ownedRoots.some((root) => isInside(dir, path.resolve(root)))) chmodSync(dir, mode | 0o001);
        else {
          throw new PostgresUnreachableError(
            `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir}\n` +
              `(a folder outside this checkout, without execute permission for others), so it cannot reach ${target}.\n` +
              `Let it pass through (traverse only; nothing becomes listable or readable):\n\n    chmod o+x ${shellQuote(dir)}\n\n` +
              "or move the checkout to a folder it can reach, or set DATABASE_URL to use a server of your own.",
          );
        }
      }
    }
    if (dir === path.dirname(dir)) return;
  }
}
