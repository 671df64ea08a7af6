// req/s and latency at 32 connections (wrk) for the pages readers load most, beside what the same
// machine does without rendering: the build's prerendered page (or its stand-in, prerendered.ts)
// from the same server processes, and nginx serving the guest work page's saved HTML. When
// deploy/nginx.conf exists, the guest work page through it too (its micro-cache in front of the
// app). RSS of the server processes is sampled throughout.
import { findFreePort } from "../../scripts/lib/free-port";
import type { ThroughputResult } from "../lib/results";
import type { AppServer } from "./app-server";
import type { Fixtures } from "./fixtures";
import { getPage } from "./listings";
import { startShippedNginx, startStaticNginx } from "./nginx";
import { comparisonPage } from "./prerendered";
import { RssSampler } from "./rss";
import { wrk } from "./wrk";

export async function measureThroughput(server: AppServer, fixtures: Fixtures, readerCookie: string, log: (line: string) => void) {
  const guestPath = `/works/${fixtures.guestWork.id}`;
  const html = await getPage(server.url, guestPath);
  const readerPath = `/works/${fixtures.readerWork.id}`;
  // The restricted work shows to a logged-in reader only: a 200 proves the session works.
  await getPage(server.url, readerPath, readerCookie);
  const comparison = comparisonPage(Buffer.byteLength(html));
  const rss = new RssSampler(server.pids);
  const results: ThroughputResult[] = [];

  const measure = async (key: string, label: string, origin: string, path: string, headers: Record<string, string> = {}) => {
    // Warm-up: a few requests one at a time (a burst from wrk would leave renders running into
    // the measured seconds after it disconnects).
    for (let index = 0; index < 5; index++) await fetch(`${origin}${path}`, { headers }).then((response) => response.arrayBuffer());
    const result = await wrk(`${origin}${path}`, { headers });
    results.push({ key, label, path, requestsPerSecond: result.requestsPerSecond, p50: result.p50, p95: result.p95, errors: result.errors, non2xx: result.non2xx });
    log(`${label}: ${result.requestsPerSecond.toFixed(0)} req/s, p95 ${result.p95.toFixed(1)} ms${result.errors + result.non2xx ? `, ${result.errors} errors, ${result.non2xx} non-2xx` : ""}`);
  };

  rss.start();
  try {
    await measure("guest_work", `guest: ${guestPath} (app)`, server.url, guestPath);
    await measure("works_index", "guest: /works (app)", server.url, "/works");
    await measure("tag_page", `guest: tag page ${fixtures.freeform} (app)`, server.url, `/tags/${encodeURIComponent(fixtures.freeform)}/works`);
    await measure("reader_work", `logged-in reader: ${readerPath} (app)`, server.url, readerPath, { cookie: readerCookie });
    await measure("prerendered", `${comparison.path} (same server processes, no rendering)`, server.url, comparison.path);
  } finally {
    rss.stop();
  }

  const staticNginx = await startStaticNginx(html, await findFreePort());
  try {
    await measure("nginx_static", "nginx serving the guest work page's saved HTML", staticNginx.url, "/page.html");
  } finally {
    await staticNginx.stop();
  }

  let microCache = "deploy/nginx.conf does not exist in this checkout: the guest work page behind nginx's micro-cache is not measured.";
  const shipped = await startShippedNginx(new URL(server.url).host, await findFreePort());
  if (shipped) {
    try {
      await measure("guest_work_microcache", `guest: ${guestPath} through deploy/nginx.conf (micro-cache)`, shipped.url, guestPath);
      microCache = "deploy/nginx.conf in front of the same server: its port, upstream and paths replaced, nothing else.";
    } finally {
      await shipped.stop();
    }
  }

  return {
    throughput: results,
    rss: [...rss.maxByPid].map(([pid, maxMb]) => ({ pid, maxMb })),
    comparisonPage: comparison,
    guestWorkPage: { path: guestPath, bytes: Buffer.byteLength(html), chapters: fixtures.guestWork.chapters },
    microCache,
  };
}
