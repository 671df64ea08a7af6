import { describe, expect, test } from "vitest";
import { DEFAULT_WORKS, parseBenchArgs, parseCount } from "./args";

describe("bench options", () => {
  test("the archive size is read as written by people", () => {
    expect(parseCount("1000000")).toBe(1_000_000);
    expect(parseCount("1_000_000")).toBe(1_000_000);
    expect(parseCount("1,000,000")).toBe(1_000_000);
    expect(parseCount("250k")).toBe(250_000);
    expect(parseCount("1M")).toBe(1_000_000);
    expect(parseCount("1e6")).toBe(1_000_000);
  });

  test("a size that is no positive whole number is refused", () => {
    for (const text of ["0", "-5", "1.5", "lots", ""]) expect(() => parseCount(text)).toThrow();
  });

  test("options take their value after a space or an equals sign", () => {
    expect(parseBenchArgs(["--works", "20k", "--json=out.json", "--skip-build"])).toEqual({
      works: 20_000,
      json: "out.json",
      skipBuild: true,
      check: false,
    });
    expect(parseBenchArgs([])).toEqual({ works: DEFAULT_WORKS, skipBuild: false, check: false });
  });

  test("an unknown option or a missing value is an error, not a silent default", () => {
    expect(() => parseBenchArgs(["--work", "5"])).toThrow(/Unknown option/);
    expect(() => parseBenchArgs(["--works"])).toThrow(/needs a value/);
  });
});
