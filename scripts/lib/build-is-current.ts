import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./run";

const SOURCES = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.js", "proxy.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

// `npm start` builds only when a source file changed since the last production build, so a
// second start is quick and an edited checkout never serves stale pages.
export function buildIsCurrent(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestChange(path.join(ROOT, source)) < built);
}
