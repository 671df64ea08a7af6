import { describe, expect, test } from "vitest";
import { cleanText } from "@/lib/params/clean-text";
import { parseDay } from "@/lib/params/parse-date";
import { parseBoundedInt } from "@/lib/params/parse-int";
import { MAX_PAGE, parsePage } from "@/lib/params/parse-page";
import { decodeSegment } from "@/lib/route-params";

describe("parsePage", () => {
  test.each([
    ["1", 1],
    ["2", 2],
    [" 7 ", 7],
    [["3", "9"], 3],
    [String(MAX_PAGE), MAX_PAGE],
  ])("reads a page number: %j", (raw, expected) => {
    expect(parsePage(raw)).toBe(expected);
  });

  test.each([undefined, "", "0", "-1", "Infinity", "-Infinity", "NaN", "1e999", "1e3", "1.5", "0x10", "abc", "12abc",
    String(MAX_PAGE + 1), "99999999999999999999", "\u0000", "١٢", []])(
    "anything else is page 1: %j",
    (raw) => {
      expect(parsePage(raw)).toBe(1);
    },
  );
});

describe("parseBoundedInt", () => {
  test("keeps numbers inside the bounds and drops the rest", () => {
    expect(parseBoundedInt("0", 0, 10)).toBe(0);
    expect(parseBoundedInt("10", 0, 10)).toBe(10);
    expect(parseBoundedInt("11", 0, 10)).toBeUndefined();
    expect(parseBoundedInt("-1", 0, 10)).toBeUndefined();
    expect(parseBoundedInt("1e2", 0, 1000)).toBeUndefined();
  });
});

describe("parseDay", () => {
  test("reads a day as UTC midnight", () => {
    expect(parseDay("2026-11-25")?.toISOString()).toBe("2026-11-25T00:00:00.000Z");
    expect(parseDay("1970-01-01")?.toISOString()).toBe("1970-01-01T00:00:00.000Z");
    expect(parseDay("9999-12-31")?.toISOString()).toBe("9999-12-31T00:00:00.000Z");
  });

  test.each(["275760-09-13", "1969-12-31", "10000-01-01", "2026-02-31", "2026-13-01", "2026-00-10", "2026-1-1",
    "Infinity", "tomorrow", "2026-11-25T00:00:00Z", "", "\u00002026-11-25"])("ignores %j", (raw) => {
    expect(parseDay(raw)).toBeUndefined();
  });
});

describe("cleanText", () => {
  test("drops NUL and other control characters", () => {
    expect(cleanText("a\u0000b\u0007c\u001Fd\u007Fe")).toBe("abcde");
  });

  test("drops tab and line breaks, which a one-line value never means", () => {
    expect(cleanText("a\tb\nc\r")).toBe("abc");
  });

  test("leaves every other character alone", () => {
    expect(cleanText("Ünïcødé 日本語 🎉 ‮")).toBe("Ünïcødé 日本語 🎉 ‮");
  });
});

describe("decodeSegment", () => {
  test("decodes a percent-encoded name", () => {
    expect(decodeSegment("Buffy%20Summers%2FSpike")).toBe("Buffy Summers/Spike");
    expect(decodeSegment("%E0%A4%85")).toBe("अ");
  });

  test.each(["%E0%A4%A", "%", "%zz", "%ED%A0%80", "%00", "%20%09"])("a malformed or empty name is null: %j", (raw) => {
    expect(decodeSegment(raw)).toBeNull();
  });
});
