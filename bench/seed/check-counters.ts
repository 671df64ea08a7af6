// `--check`: the load test's recount (scripts/load/ledger.ts) over the seeded archive — every
// counter against its rows, every work whole — except hits, which the seed stores as counters
// without work_hits rows (see seed-archive.ts).
import pg from "pg";
import { integrityProblems } from "../../scripts/load/ledger";
import { progress } from "../lib/progress";

export async function checkCounters(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const problems = await progress("check").step("recount every counter", () => integrityProblems(client));
    const real = problems.filter((problem) => !problem.startsWith("hit counts"));
    if (real.length > 0) throw new Error(`Counters disagree with their rows: ${real.join("; ")}`);
    console.log("Every counter equals its rows (hits excepted: counters only).");
  } finally {
    await client.end();
  }
}
