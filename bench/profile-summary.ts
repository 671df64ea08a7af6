// Summarises a V8 .cpuprofile (`node --cpu-prof`, e.g. of `next start`) by self time: per package
// or project folder, per source file and per function. Minified bundles are read through their
// source maps (Next's server chunks and its compiled runtimes ship them), so time lands on the
// module that spent it — react-dom, Prisma's client runtime, lib/works — not on a chunk hash.
//   npx tsx bench/profile-summary.ts PROFILE.cpuprofile [--top 20] [--skip 10]
// --skip N leaves out the first N seconds (start-up and warm-up: module loading, JIT), so that a
// profile of a server under load shows the cost of serving, not of starting.
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
type Place = { file: string; group: string; name: string };

// V8's pseudo-frames: not code of any module.
const SPECIAL = new Set(["(idle)", "(program)", "(garbage collector)", "(root)"]);

const CHARGED_TO_CALLER = new Set(["node internals", "(native code)"]);

const sourceMaps = new Map<string, SourceMap | null>();

function sourceMapOf(file: string): SourceMap | null {
  if (!sourceMaps.has(file)) {
    const mapFile = `${file}.map`;
    let map: SourceMap | null = null;
    if (existsSync(mapFile)) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(mapFile, "utf8")));
      } catch {
        map = null;
      }
    }
    sourceMaps.set(file, map);
  }
  return sourceMaps.get(file) ?? null;
}

// A path as a reader of this repository knows it: from node_modules/ on, or relative to the project.
function readablePath(encoded: string, mapDir: string): string {
  const source = decodeURIComponent(encoded);
  if (source.startsWith("turbopack:")) return "(turbopack runtime)";
  const webpack = source.match(/^webpack:\/\/([^/]+)\/\.?\/?(.*)$/);
  if (webpack) return `node_modules/${webpack[1]}/${webpack[2]}`;
  const absolute = source.startsWith("file://") ? fileURLToPath(source) : path.resolve(mapDir, source.replace(/^\[project\]\//, ""));
  const inModules = absolute.lastIndexOf("node_modules/");
  if (inModules >= 0) return absolute.slice(inModules);
  return path.relative(process.cwd(), absolute);
}

// The package a file belongs to; Next's bundled copies (react-dom, react-server-dom…) count as
// their own packages, and Next's own code by its folder (app-render, base-server…).
function groupOf(file: string): string {
  const parts = file.split("/");
  const last = parts.lastIndexOf("node_modules");
  if (file.startsWith("(")) return file;
  if (last < 0) return `folio ${parts.slice(0, Math.min(2, parts.length - 1)).join("/") || file}`;
  const rest = parts.slice(last + 1);
  const name = rest[0]?.startsWith("@") ? rest.slice(0, 2).join("/") : (rest[0] ?? "?");
  const inner = rest.slice(name.split("/").length);
  if (name !== "next") return name;
  if (inner[0] === "dist" && inner[1] === "compiled") {
    const compiled = inner[2]?.startsWith("@") ? inner.slice(2, 4).join("/") : inner[2];
    return compiled === "next-server" ? "next (runtime bundle)" : `${compiled} (in next)`;
  }
  return `next ${inner.slice(inner[0] === "dist" ? 1 : 0).slice(0, 2).join("/")}`;
}

function placeOf(frame: CallFrame): Place {
  const name = frame.functionName || "(anonymous)";
  if (SPECIAL.has(frame.functionName)) return { file: frame.functionName, group: frame.functionName, name };
  if (!frame.url) return { file: "(native)", group: "(native code)", name };
  if (frame.url.startsWith("wasm://")) return { file: frame.url, group: "wasm (Prisma query compiler)", name };
  if (frame.url.startsWith("node:")) return { file: frame.url, group: "node internals", name };
  const file = frame.url.startsWith("file://") ? fileURLToPath(frame.url) : frame.url;
  const map = path.isAbsolute(file) ? sourceMapOf(file) : null;
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && "originalSource" in entry && entry.originalSource) {
    const original = readablePath(entry.originalSource, path.dirname(file));
    // Minified names (e, ez) say nothing; the map's name for the function's first token often does.
    const mapped = (entry as { name?: string }).name;
    return { file: original, group: groupOf(original), name: mapped ? `${mapped} (${name})` : name };
  }
  const readable = readablePath(file, path.dirname(file));
  return { file: readable, group: groupOf(readable), name };
}

// Self time per node in microseconds, from each sample's time delta (hitCount ignores them),
// for the samples taken after the first `skipMicros`.
function selfTimes(profile: Profile, skipMicros: number): Map<number, number> {
  const times = new Map<number, number>();
  let elapsed = 0;
  profile.samples.forEach((id, index) => {
    elapsed += profile.timeDeltas[index] ?? 0;
    const delta = profile.timeDeltas[index + 1] ?? 0;
    if (elapsed >= skipMicros) times.set(id, (times.get(id) ?? 0) + delta);
  });
  return times;
}

function add(totals: Map<string, number>, key: string, micros: number) {
  totals.set(key, (totals.get(key) ?? 0) + micros);
}

function table(title: string, totals: Map<string, number>, all: number, busy: number, top: number): string {
  const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
  const lines = [`### ${title}`, "", "| | ms | % of samples | % of busy |", "|---|---:|---:|---:|"];
  for (const [key, micros] of rows) {
    const busyShare = SPECIAL.has(key) && key !== "(garbage collector)" && key !== "(program)" ? "" : `${((micros / busy) * 100).toFixed(1)}`;
    lines.push(`| ${key.replace(/\|/g, "\\|")} | ${(micros / 1000).toFixed(0)} | ${((micros / all) * 100).toFixed(1)} | ${busyShare} |`);
  }
  return lines.join("\n");
}

function main() {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? Number(args[index + 1]) : fallback;
  };
  const top = option("top", 20);
  const skipMicros = option("skip", 0) * 1_000_000;
  const files = args.filter((arg, index) => !arg.startsWith("--") && !args[index - 1]?.startsWith("--"));
  if (files.length === 0) throw new Error("usage: tsx bench/profile-summary.ts PROFILE.cpuprofile… [--top 20] [--skip 10]");

  const byGroup = new Map<string, number>();
  const byCaller = new Map<string, number>();
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let all = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parents = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
    const places = new Map(profile.nodes.map((node) => [node.id, placeOf(node.callFrame)]));
    // Node's own code (streams, async hooks, timers) and native calls (writev) run on behalf of
    // a package: charged to the nearest caller that is not one of them.
    const callerGroup = (id: number): string => {
      for (let current: number | undefined = id; current !== undefined; current = parents.get(current)) {
        const group = places.get(current)?.group;
        if (group && !CHARGED_TO_CALLER.has(group) && group !== "(root)") return group;
      }
      return places.get(id)?.group ?? "?";
    };
    for (const [id, micros] of selfTimes(profile, skipMicros)) {
      const node = nodes.get(id);
      if (!node) continue;
      const place = places.get(id) ?? placeOf(node.callFrame);
      all += micros;
      add(byCaller, callerGroup(id), micros);
      add(byGroup, place.group, micros);
      add(byFile, place.file, micros);
      add(byFunction, `${place.name} — ${place.file}`, micros);
    }
  }
  const idle = byGroup.get("(idle)") ?? 0;
  const busy = all - idle;
  console.log(`Samples: ${(all / 1000).toFixed(0)} ms, of which idle ${((idle / all) * 100).toFixed(1)}%, busy ${(busy / 1000).toFixed(0)} ms.\n`);
  console.log(table("Self time by package or project folder", byGroup, all, busy, Math.max(top, 30)));
  console.log();
  console.log(table("Self time by package, Node internals and native code charged to their caller", byCaller, all, busy, Math.max(top, 30)));
  console.log();
  console.log(table("Self time by source file", byFile, all, busy, top));
  console.log();
  console.log(table("Self time by function", byFunction, all, busy, top));
}

main();
