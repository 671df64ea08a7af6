import { describe, expect, test } from "vitest";
import { formatNumber, mark, markdownTable } from "./markdown";

describe("results as Markdown", () => {
  test("small numbers keep a decimal, large ones get thousands separators", () => {
    expect(formatNumber(3.14159)).toBe("3.1");
    expect(formatNumber(1234.5)).toBe("1,235");
    expect(formatNumber(0.5, 2)).toBe("0.50");
  });

  test("a missing figure is a dash, not NaN", () => {
    expect(formatNumber(null)).toBe("—");
    expect(formatNumber(Number.NaN)).toBe("—");
    expect(formatNumber(Infinity)).toBe("—");
  });

  test("a table escapes pipes in cells (a tag such as F/M or a|b stays one cell) and right-aligns numbers", () => {
    expect(markdownTable(["query", "ms"], [["a|b", "12"]], ["left", "right"])).toBe("| query | ms |\n| --- | ---: |\n| a\\|b | 12 |");
  });

  test("a missed target is bold, a figure without one a dash", () => {
    expect(mark(true)).toBe("met");
    expect(mark(false)).toBe("**missed**");
    expect(mark(null)).toBe("—");
  });
});
