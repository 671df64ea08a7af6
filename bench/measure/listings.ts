// The listings timed three ways. In-process first (Folio's code and the hand-written SQL, each
// answer checked equal once), then over HTTP against the running production server; both
// sequential, one request or call at a time, so each time is one listing's own.
import { timeRuns } from "../lib/timing";
import type { Summary } from "../lib/stats";
import type { Fixtures } from "./fixtures";
import { folioListing } from "./folio-listing";
import { type ListingQuery, pathOf } from "./listing-queries";
import { compareAnswers } from "./same-answer";
import { sqlListing } from "./sql-listing";

export type InProcessTimes = { folio: Summary; sql: Summary; sameAnswer: string };

export async function timeListingsInProcess(url: string, fixtures: Fixtures, queries: ListingQuery[], log: (line: string) => void) {
  const folio = await folioListing(fixtures);
  const sql = sqlListing(url, fixtures);
  const times = new Map<string, InProcessTimes>();
  try {
    for (const query of queries) {
      const sameAnswer = compareAnswers(await folio.answer(query), await sql.answer(query));
      const folioTimes = await timeRuns(() => folio.run(query));
      const sqlTimes = await timeRuns(() => sql.run(query));
      times.set(query.key, { folio: folioTimes, sql: sqlTimes, sameAnswer });
      log(`${query.key}: Folio p95 ${folioTimes.p95.toFixed(1)} ms, SQL p95 ${sqlTimes.p95.toFixed(1)} ms, ${sameAnswer === "same" ? "same answer" : sameAnswer}`);
    }
  } finally {
    // Folio's database client stays: the posting measurement uses it next (run.ts closes it).
    await sql.end();
  }
  return times;
}

async function getPage(origin: string, path: string, cookie?: string) {
  const response = await fetch(`${origin}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  return body;
}

export async function timeListingsOverHttp(origin: string, queries: ListingQuery[], readerCookie: string, log: (line: string) => void) {
  const times = new Map<string, Summary>();
  for (const query of queries) {
    const cookie = query.reader ? readerCookie : undefined;
    const summary = await timeRuns(() => getPage(origin, pathOf(query), cookie));
    times.set(query.key, summary);
    log(`${query.key}: HTTP p95 ${summary.p95.toFixed(1)} ms`);
  }
  return times;
}

export { getPage };
