// One line per step of a long run: what was done, how many rows, how long it took, and the time
// since the start, so a slow phase stands out while it runs.
import { performance } from "node:perf_hooks";

export type Progress = { step: <T>(name: string, run: () => Promise<T>, rows?: (result: T) => number | undefined) => Promise<T>; elapsed: () => number };

export const formatSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function progress(prefix: string, write: (line: string) => void = console.log): Progress {
  const started = performance.now();
  const clock = () => {
    const seconds = Math.floor((performance.now() - started) / 1000);
    return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
  };
  return {
    async step(name, run, rows) {
      const begun = performance.now();
      const result = await run();
      const count = rows?.(result);
      const counted = count === undefined ? "" : `: ${count.toLocaleString("en")} rows`;
      write(`[${prefix} ${clock()}] ${name}${counted} (${formatSeconds(performance.now() - begun)})`);
      return result;
    },
    elapsed: () => performance.now() - started,
  };
}
