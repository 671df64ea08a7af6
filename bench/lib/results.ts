// One run's results: every figure named (the JSON), its target from issue 9, and the Markdown the
// README shows. A missed target says "missed"; each figure has an empty `note` for the reason,
// which the lead writes (the README explains the misses).
import type { Timed } from "./stats";
import { formatNumber, mark, markdownTable } from "./markdown";
import { TIMED_RUNS } from "./timing";

export const TARGETS = {
  listingP95Ms: 100,
  listingVsSql: 1.5,
  guestWorkVsPrerendered: 0.5,
  cachedGuestWorkVsNginx: 0.3,
  readerWorkRps: 200,
  rssMb: 400,
};

export type ListingResult = { key: string; label: string; path: string; folio: Timed; http: Timed; sql: Timed; sameAnswer: string };
export type ThroughputResult = {
  key: string;
  label: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  errors: number;
  non2xx: number;
};
export type Results = {
  date: string;
  works: number;
  database: { name: string; bytes: number; seeded: string };
  machine: { cpus: number; model: string; memoryGb: number; loadBefore: number[]; loadAfter: number[]; node: string };
  server: { processes: number; note: string };
  wrk: { threads: number; connections: number; seconds: number; note: string };
  comparisonPage: { path: string; bytes: number; kind: string };
  guestWorkPage: { path: string; bytes: number; chapters: number };
  listings: ListingResult[];
  throughput: ThroughputResult[];
  microCache: string;
  posting: { postWorkMs: number[]; addChapterMs: number[]; characters: number; words: number };
  rss: { pid: number; maxMb: number }[];
};

export type Figure = {
  name: string;
  label: string;
  value: number | null;
  unit: "ms" | "req/s" | "ratio" | "MB";
  target: string | null;
  met: boolean | null;
  // Why the figure is missing (the measurement failed), else absent.
  error?: string;
  note: string;
};

// Folio's p95 over the hand-written SQL's; null when either failed.
function folioVsSql(listing: ListingResult) {
  return listing.folio.summary && listing.sql.summary ? listing.folio.summary.p95 / listing.sql.summary.p95 : null;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? null;

export function throughputOf(results: Results, key: string) {
  return results.throughput.find((entry) => entry.key === key) ?? null;
}

export function ratios(results: Results) {
  const rps = (key: string) => throughputOf(results, key)?.requestsPerSecond ?? null;
  const divide = (a: number | null, b: number | null) => (a !== null && b ? a / b : null);
  return {
    guestWorkVsPrerendered: divide(rps("guest_work"), rps("prerendered")),
    cachedGuestWorkVsNginx: divide(rps("guest_work_microcache"), rps("nginx_static")),
  };
}

export function figures(results: Results): Figure[] {
  const list: Figure[] = [];
  const add = (figure: Omit<Figure, "note" | "target" | "met"> & Partial<Pick<Figure, "target" | "met">>) =>
    list.push({ target: null, met: null, note: "", ...figure });
  for (const listing of results.listings) {
    for (const [way, times] of [["folio", listing.folio], ["http", listing.http], ["sql", listing.sql]] as const) {
      const failed = times.error ? { error: times.error } : {};
      add({ name: `listing.${listing.key}.${way}.p50_ms`, label: `${listing.label}: ${way} p50`, value: times.summary?.p50 ?? null, unit: "ms", ...failed });
      add({
        name: `listing.${listing.key}.${way}.p95_ms`,
        label: `${listing.label}: ${way} p95`,
        value: times.summary?.p95 ?? null,
        unit: "ms",
        ...failed,
        // A listing Folio could not answer misses its target.
        ...(way === "folio" ? { target: `≤ ${TARGETS.listingP95Ms} ms`, met: (times.summary?.p95 ?? Infinity) <= TARGETS.listingP95Ms } : {}),
      });
    }
    const ratio = folioVsSql(listing);
    add({
      name: `listing.${listing.key}.folio_vs_sql_p95`,
      label: `${listing.label}: Folio p95 ÷ hand SQL p95`,
      value: ratio,
      unit: "ratio",
      target: `≤ ${TARGETS.listingVsSql}`,
      met: listing.folio.summary ? (ratio === null ? null : ratio <= TARGETS.listingVsSql) : false,
    });
  }
  for (const entry of results.throughput) {
    const readerTarget = entry.key === "reader_work";
    add({
      name: `throughput.${entry.key}.req_per_s`,
      label: `${entry.label}: requests per second`,
      value: entry.requestsPerSecond,
      unit: "req/s",
      ...(readerTarget ? { target: `≥ ${TARGETS.readerWorkRps} req/s`, met: entry.requestsPerSecond >= TARGETS.readerWorkRps } : {}),
    });
    add({ name: `throughput.${entry.key}.p95_ms`, label: `${entry.label}: p95 latency`, value: entry.p95, unit: "ms" });
  }
  const { guestWorkVsPrerendered, cachedGuestWorkVsNginx } = ratios(results);
  add({
    name: "throughput.guest_work_vs_prerendered",
    label: `guest work page (app alone) ÷ ${results.comparisonPage.kind}`,
    value: guestWorkVsPrerendered,
    unit: "ratio",
    target: `≥ ${TARGETS.guestWorkVsPrerendered}`,
    met: guestWorkVsPrerendered === null ? null : guestWorkVsPrerendered >= TARGETS.guestWorkVsPrerendered,
  });
  add({
    name: "throughput.guest_work_microcache_vs_nginx",
    label: "guest work page behind deploy/nginx.conf ÷ nginx serving its saved HTML",
    value: cachedGuestWorkVsNginx,
    unit: "ratio",
    target: `≥ ${TARGETS.cachedGuestWorkVsNginx}`,
    met: cachedGuestWorkVsNginx === null ? null : cachedGuestWorkVsNginx >= TARGETS.cachedGuestWorkVsNginx,
  });
  add({ name: "posting.post_work_100k_words.median_ms", label: "postWork with a 100,000-word chapter (median)", value: median(results.posting.postWorkMs), unit: "ms" });
  add({ name: "posting.add_chapter_100k_words.median_ms", label: "addChapter of 100,000 words (median)", value: median(results.posting.addChapterMs), unit: "ms" });
  results.rss.forEach((process, index) =>
    add({
      name: `rss.server_process_${index + 1}.max_mb`,
      label: `server process ${index + 1} (pid ${process.pid}): largest RSS under load`,
      value: process.maxMb,
      unit: "MB",
      target: `≤ ${TARGETS.rssMb} MB`,
      met: process.maxMb <= TARGETS.rssMb,
    }),
  );
  return list;
}

const ms = (value: number) => formatNumber(value);

export function markdown(results: Results): string {
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(", ");
  const listingRows = results.listings.map((listing) => {
    const ratio = folioVsSql(listing);
    const times = (timed: Timed) => (timed.summary ? [ms(timed.summary.p50), ms(timed.summary.p95)] : ["failed", timed.error ?? ""]);
    const folioP95 = listing.folio.summary?.p95 ?? Infinity;
    return [
      listing.label,
      ...times(listing.folio),
      ...times(listing.http),
      ...times(listing.sql),
      formatNumber(ratio, 2),
      listing.sameAnswer === "same" ? "yes" : `**no**: ${listing.sameAnswer}`,
      mark(folioP95 <= TARGETS.listingP95Ms),
      mark(listing.folio.summary ? (ratio === null ? null : ratio <= TARGETS.listingVsSql) : false),
    ];
  });
  const { guestWorkVsPrerendered, cachedGuestWorkVsNginx } = ratios(results);
  const throughputRows = results.throughput.map((entry) => {
    let comparison = ["", "", ""];
    if (entry.key === "guest_work" && guestWorkVsPrerendered !== null) {
      comparison = [`${formatNumber(guestWorkVsPrerendered * 100)}% of ${results.comparisonPage.path}`, `≥ ${TARGETS.guestWorkVsPrerendered * 100}%`, mark(guestWorkVsPrerendered >= TARGETS.guestWorkVsPrerendered)];
    } else if (entry.key === "guest_work_microcache" && cachedGuestWorkVsNginx !== null) {
      comparison = [`${formatNumber(cachedGuestWorkVsNginx * 100)}% of nginx's static copy`, `≥ ${TARGETS.cachedGuestWorkVsNginx * 100}%`, mark(cachedGuestWorkVsNginx >= TARGETS.cachedGuestWorkVsNginx)];
    } else if (entry.key === "reader_work") {
      comparison = ["", `≥ ${TARGETS.readerWorkRps} req/s`, mark(entry.requestsPerSecond >= TARGETS.readerWorkRps)];
    }
    return [entry.label, formatNumber(entry.requestsPerSecond), ms(entry.p50), ms(entry.p95), `${entry.errors} / ${entry.non2xx}`, ...comparison];
  });
  const rssRows = results.rss.map((process, index) => [`server process ${index + 1} (pid ${process.pid})`, formatNumber(process.maxMb), `≤ ${TARGETS.rssMb} MB`, mark(process.maxMb <= TARGETS.rssMb)]);
  const median2 = (values: number[]) => ms(median(values) ?? NaN);
  return [
    `## Folio bench, ${results.date}: ${results.works.toLocaleString("en")} works`,
    "",
    `${results.machine.cpus} × ${results.machine.model}, ${results.machine.memoryGb} GB; load average ${load(results.machine.loadBefore)} before, ${load(results.machine.loadAfter)} after; Node ${results.machine.node}. ` +
      `Database ${results.database.name}, ${formatNumber(results.database.bytes / 1024 ** 3, 2)} GB. ` +
      `Server: ${results.server.note}. ${results.wrk.note}`,
    "",
    `### Listings (ms; p50 and p95 of ${results.listings[0]?.folio.summary?.runs ?? TIMED_RUNS} runs after warm-up)`,
    "",
    "Folio: its own code (parseWorkFilter, filterWorks) in-process. HTTP: the page that shows the listing, production build, its sidebar counts always included. SQL: the best hand-written SQL for the same answer (bench/measure/hand-sql.ts), checked equal once.",
    "",
    markdownTable(
      ["listing", "Folio p50", "Folio p95", "HTTP p50", "HTTP p95", "SQL p50", "SQL p95", "Folio ÷ SQL (p95)", "same answer", `p95 ≤ ${TARGETS.listingP95Ms} ms`, `≤ ${TARGETS.listingVsSql}× SQL`],
      listingRows,
      ["left", "right", "right", "right", "right", "right", "right", "right", "left", "left", "left"],
    ),
    "",
    `### Throughput (wrk, ${results.wrk.connections} connections, ${results.wrk.seconds} s each)`,
    "",
    `Guest work page: ${results.guestWorkPage.path} (${results.guestWorkPage.chapters} chapters, the first shown; ${formatNumber(results.guestWorkPage.bytes / 1024)} KB of HTML). ` +
      `Compared with: ${results.comparisonPage.path} (${results.comparisonPage.kind}, ${formatNumber(results.comparisonPage.bytes / 1024)} KB). ${results.microCache}`,
    "",
    markdownTable(
      ["page", "req/s", "p50 ms", "p95 ms", "errors / non-2xx", "compared", "target", "met"],
      throughputRows,
      ["left", "right", "right", "right", "right", "left", "left", "left"],
    ),
    "",
    `### Posting a ${results.posting.words.toLocaleString("en")}-word chapter (${formatNumber(results.posting.characters / 1000)}k characters; median of ${results.posting.postWorkMs.length})`,
    "",
    markdownTable(
      ["through Folio's code", "median ms", "slowest ms"],
      [
        ["postWork (a new work with it as chapter 1)", median2(results.posting.postWorkMs), ms(Math.max(...results.posting.postWorkMs))],
        ["addChapter (the same text as chapter 2)", median2(results.posting.addChapterMs), ms(Math.max(...results.posting.addChapterMs))],
      ],
      ["left", "right", "right"],
    ),
    "",
    "### Memory (largest VmRSS of each server process during the wrk runs)",
    "",
    markdownTable(["process", "MB", "target", "met"], rssRows, ["left", "right", "left", "left"]),
    "",
  ].join("\n");
}
