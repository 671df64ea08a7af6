// Times an async operation: a few untimed runs first (connections opened, plans and caches warm),
// then `runs` timed ones, one after another so they never compete with each other.
import { performance } from "node:perf_hooks";
import { summarize, type Summary } from "./stats";

export const WARM_UP_RUNS = 3;
export const TIMED_RUNS = Number(process.env.BENCH_RUNS ?? 30);

export async function timeRuns(operation: () => Promise<unknown>, runs = TIMED_RUNS, warmUp = WARM_UP_RUNS): Promise<Summary> {
  for (let index = 0; index < warmUp; index++) await operation();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    await operation();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}
