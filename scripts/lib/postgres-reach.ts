import { chmodSync, existsSync, statSync } from "node:fs";
import path from "node:path";

export class PostgresUnreachableError extends Error {}

function isInside(dir: string, root: string) {
  const relative = path.relative(path.resolve(root), dir);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

function shellQuote(text: string) {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

const passable = (dir: string) => (statSync(dir).mode & 0o001) !== 0;

// As root, PostgreSQL runs as a separate "postgres" user (it refuses to run as root), which must
// be able to pass through every folder on the way to its binaries and its data directory. Inside
// `ownedRoots` (the checkout, the data directory) we may add the traverse-only bit (o+x), which
// makes nothing listable or readable that was not; folders above them belong to someone else.
// Answers the first of those that blocks (then nothing is changed), or null once the way is open.
// Only the "others" bit is checked, so a folder that lets postgres through by its group or owner
// is reported too — rare, and the fix is harmless.
export function openWayForPostgresUser(target: string, ownedRoots: string[]): string | null {
  if (process.getuid?.() !== 0) return null;
  const folders: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    if (existsSync(dir)) folders.push(dir);
    if (dir === path.dirname(dir)) break;
  }
  const owned = (dir: string) => ownedRoots.some((root) => isInside(dir, root));
  const blocking = folders.find((dir) => !owned(dir) && !passable(dir));
  if (blocking) return blocking;
  for (const dir of folders) if (owned(dir) && !passable(dir)) chmodSync(dir, statSync(dir).mode | 0o001);
  return null;
}

export function letPostgresUserReach(target: string, ownedRoots: string[]) {
  const blocking = openWayForPostgresUser(target, ownedRoots);
  if (!blocking) return;
  throw new PostgresUnreachableError(
    `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${blocking}\n` +
      `(a folder outside this checkout, without execute permission for others), so it cannot reach ${target}.\n` +
      `Let it pass through (traverse only; nothing becomes listable or readable):\n\n    chmod o+x ${shellQuote(blocking)}\n\n` +
      "or move the checkout to a folder it can reach, or set DATABASE_URL to use a server of your own.",
  );
}
