// The listings timed three ways. In-process first (Folio's code and the hand-written SQL, each
// answer checked equal once), then over HTTP against the running production server; both
// sequential, one request or call at a time, so each time is one listing's own. A way that fails
// (a statement timeout at a million works, a 500) is recorded with its error and the run goes on.
import { timeRuns } from "../lib/timing";
import type { Timed } from "../lib/stats";
import type { Fixtures } from "./fixtures";
import { type FolioAnswer, folioListing } from "./folio-listing";
import { type ListingQuery, pathOf } from "./listing-queries";
import { compareAnswers } from "./same-answer";
import { sqlListing } from "./sql-listing";

export type InProcessTimes = { folio: Timed; sql: Timed; sameAnswer: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 200);

async function timed(operation: () => Promise<unknown>): Promise<Timed> {
  try {
    return { summary: await timeRuns(operation), error: null };
  } catch (error) {
    return { summary: null, error: message(error) };
  }
}

async function attempt(answer: () => Promise<FolioAnswer>): Promise<FolioAnswer | string> {
  try {
    return await answer();
  } catch (error) {
    return message(error);
  }
}

const p95 = (times: Timed) => (times.summary ? `p95 ${times.summary.p95.toFixed(1)} ms` : `failed (${times.error})`);

export async function timeListingsInProcess(url: string, fixtures: Fixtures, queries: ListingQuery[], log: (line: string) => void) {
  const folio = await folioListing(fixtures);
  const sql = sqlListing(url, fixtures);
  const times = new Map<string, InProcessTimes>();
  try {
    for (const query of queries) {
      const [folioAnswer, sqlAnswer] = [await attempt(() => folio.answer(query)), await attempt(() => sql.answer(query))];
      const sameAnswer =
        typeof folioAnswer === "string" || typeof sqlAnswer === "string"
          ? `not compared: ${typeof folioAnswer === "string" ? `Folio failed (${folioAnswer})` : `SQL failed (${sqlAnswer as string})`}`
          : compareAnswers(folioAnswer, sqlAnswer);
      const folioTimes = await timed(() => folio.run(query));
      const sqlTimes = await timed(() => sql.run(query));
      times.set(query.key, { folio: folioTimes, sql: sqlTimes, sameAnswer });
      log(`${query.key}: Folio ${p95(folioTimes)}, SQL ${p95(sqlTimes)}, ${sameAnswer === "same" ? "same answer" : sameAnswer}`);
    }
  } finally {
    // Folio's database client stays: the posting measurement uses it next (run.ts closes it).
    await sql.end();
  }
  return times;
}

export async function getPage(origin: string, path: string, cookie?: string) {
  const response = await fetch(`${origin}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  return body;
}

export async function timeListingsOverHttp(origin: string, queries: ListingQuery[], readerCookie: string, log: (line: string) => void) {
  const times = new Map<string, Timed>();
  for (const query of queries) {
    const cookie = query.reader ? readerCookie : undefined;
    const result = await timed(() => getPage(origin, pathOf(query), cookie));
    times.set(query.key, result);
    log(`${query.key}: HTTP ${p95(result)}`);
  }
  return times;
}
