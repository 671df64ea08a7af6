import { describe, expect, test } from "vitest";
import { figures, markdown, type Results } from "./results";

const summary = (p50: number, p95: number) => ({ summary: { runs: 30, p50, p95, min: p50, max: p95 }, error: null });

function results(overrides: Partial<Results> = {}): Results {
  const throughput = (key: string, requestsPerSecond: number) => ({ key, label: key, path: `/${key}`, requestsPerSecond, p50: 10, p95: 20, errors: 0, non2xx: 0 });
  return {
    date: "2026-11-26",
    works: 1000,
    database: { name: "folio_bench_1000", bytes: 1024 ** 3, seeded: "folio bench seed 1: …" },
    machine: { cpus: 2, model: "CPU", memoryGb: 24, loadBefore: [0.1, 0.2, 0.3], loadAfter: [1, 1, 1], node: "v20" },
    server: { processes: 2, note: "two processes" },
    wrk: { threads: 2, connections: 32, seconds: 10, note: "wrk shares the cores." },
    comparisonPage: { path: "/_next/static/a.css", bytes: 50_000, kind: "static file of the build (no prerendered page exists)" },
    guestWorkPage: { path: "/works/1", bytes: 52_000, chapters: 3 },
    listings: [
      { key: "fast", label: "fast", path: "/works", folio: summary(20, 40), http: summary(30, 50), sql: summary(20, 30), sameAnswer: "same" },
      { key: "slow", label: "slow", path: "/works?sort=kudos", folio: summary(150, 200), http: summary(160, 210), sql: summary(20, 25), sameAnswer: "different totals: Folio 3, SQL 4" },
    ],
    throughput: [throughput("guest_work", 600), throughput("prerendered", 1000), throughput("reader_work", 150), throughput("nginx_static", 50_000)],
    microCache: "deploy/nginx.conf does not exist in this checkout.",
    posting: { postWorkMs: [300, 100, 200], addChapterMs: [90, 80, 70], characters: 363_000, words: 100_000 },
    rss: [{ pid: 11, maxMb: 350 }, { pid: 12, maxMb: 420 }],
    ...overrides,
  };
}

describe("bench results", () => {
  const named = (name: string) => figures(results()).find((figure) => figure.name === name)!;

  test("every listing figure is named and judged against issue 9's targets", () => {
    expect(named("listing.fast.folio.p95_ms")).toMatchObject({ value: 40, target: "≤ 100 ms", met: true, note: "" });
    expect(named("listing.slow.folio.p95_ms")).toMatchObject({ value: 200, met: false });
    expect(named("listing.slow.folio_vs_sql_p95")).toMatchObject({ value: 8, target: "≤ 1.5", met: false });
    expect(named("listing.fast.http.p95_ms")).toMatchObject({ value: 50, target: null, met: null });
  });

  test("a listing that failed has no figure but its error, and misses its targets", () => {
    const failed = results({
      listings: [{ key: "huge", label: "huge", path: "/works", folio: { summary: null, error: "canceling statement due to statement timeout" }, http: summary(1, 2), sql: summary(1, 2), sameAnswer: "not compared" }],
    });
    const figure = (name: string) => figures(failed).find((entry) => entry.name === name)!;
    expect(figure("listing.huge.folio.p95_ms")).toMatchObject({ value: null, met: false, error: "canceling statement due to statement timeout" });
    expect(figure("listing.huge.folio_vs_sql_p95")).toMatchObject({ value: null, met: false });
    expect(markdown(failed)).toContain("| huge | failed | canceling statement due to statement timeout |");
  });

  test("throughput ratios, the logged-in page's floor and the memory ceiling", () => {
    expect(named("throughput.guest_work_vs_prerendered")).toMatchObject({ value: 0.6, met: true });
    expect(named("throughput.reader_work.req_per_s")).toMatchObject({ value: 150, met: false });
    expect(named("rss.server_process_2.max_mb")).toMatchObject({ value: 420, met: false });
    expect(named("posting.post_work_100k_words.median_ms").value).toBe(200);
  });

  test("without deploy/nginx.conf the micro-cache ratio is absent, not a pass or a fail", () => {
    expect(named("throughput.guest_work_microcache_vs_nginx")).toMatchObject({ value: null, met: null });
  });

  test("the Markdown shows misses and a different answer plainly", () => {
    const text = markdown(results());
    expect(text).toContain("| slow | 150 | 200 | 160 | 210 | 20 | 25 | 8.00 | **no**: different totals: Folio 3, SQL 4 | **missed** | **missed** |");
    expect(text).toContain("60% of /_next/static/a.css");
    expect(text).toContain("wrk shares the cores.");
  });
});
