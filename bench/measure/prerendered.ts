// The page the guest work page is compared with: a prerendered page of the same build when it
// has one (the prerender manifest's routes, Next's own internal ones aside). Folio's build has
// none — every route is ƒ (dynamic): the root layout reads the reader's theme and the CSP nonce —
// so the stand-in is what the same next-server processes serve without rendering anything: the
// build's static file (/_next/static/…) closest in size to the work page's HTML.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../../scripts/lib/run";

export type ComparisonPage = { path: string; bytes: number; kind: "prerendered page" | "static file of the build (no prerendered page exists)" };

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

export function comparisonPage(pageBytes: number): ComparisonPage {
  const next = path.join(ROOT, ".next");
  const manifest = JSON.parse(readFileSync(path.join(next, "prerender-manifest.json"), "utf8")) as {
    routes: Record<string, { htmlSize?: number }>;
  };
  const route = Object.entries(manifest.routes).find(([name]) => !name.startsWith("/_"));
  if (route) return { path: route[0], bytes: route[1].htmlSize ?? 0, kind: "prerendered page" };
  const closest = files(path.join(next, "static"))
    .map((file) => ({ file, bytes: statSync(file).size }))
    .sort((a, b) => Math.abs(a.bytes - pageBytes) - Math.abs(b.bytes - pageBytes))[0];
  if (!closest) throw new Error("The build has no static files: run `next build`");
  return {
    path: `/_next/${path.relative(next, closest.file).split(path.sep).join("/")}`,
    bytes: closest.bytes,
    kind: "static file of the build (no prerendered page exists)",
  };
}
