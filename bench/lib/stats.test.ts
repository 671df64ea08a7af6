import { describe, expect, test } from "vitest";
import { percentile, summarize } from "./stats";

describe("latency percentiles", () => {
  test("nearest rank: p95 of 30 runs is the second slowest, p50 the 15th", () => {
    const samples = Array.from({ length: 30 }, (_, index) => 30 - index); // 30, 29, … 1, unsorted on purpose
    expect(percentile(samples, 95)).toBe(29);
    expect(percentile(samples, 50)).toBe(15);
    expect(percentile(samples, 100)).toBe(30);
  });

  test("one sample is every percentile", () => {
    expect(summarize([7])).toEqual({ runs: 1, p50: 7, p95: 7, min: 7, max: 7 });
  });

  test("the samples are not reordered for the caller", () => {
    const samples = [3, 1, 2];
    summarize(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  test("no samples or a percentile outside (0, 100] is an error", () => {
    expect(() => percentile([], 50)).toThrow();
    expect(() => percentile([1], 0)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });
});
