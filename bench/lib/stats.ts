// Latency summaries. Percentiles by the nearest-rank method: p95 of 30 runs is the 29th fastest,
// an observed time, never an interpolation between two.
export type Summary = { runs: number; p50: number; p95: number; min: number; max: number };
// A measurement that may have failed (a statement timeout, a 500): its summary or its error.
export type Timed = { summary: Summary | null; error: string | null };

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error("No samples");
  if (!(p > 0 && p <= 100)) throw new Error(`Percentile out of range: ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  return {
    runs: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}
