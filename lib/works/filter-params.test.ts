import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hostileValue } from "@/lib/params/hostile-values";
import { parseWorkFilter } from "@/lib/works/filter-params";

const CONTROL = /[\u0000-\u001F\u007F]/;

describe("parseWorkFilter", () => {
  test("the reported links parse to a harmless filter", () => {
    expect(parseWorkFilter({ q: "\u0000" }).q).toBeUndefined();
    expect(parseWorkFilter({ date_to: "275760-09-13" }).date_to).toBeUndefined();
    expect(parseWorkFilter({ page: "Infinity" }).page).toBe(1);
    expect(parseWorkFilter({ words_from: "1e999", words_to: "-1" })).toMatchObject({ words_from: undefined, words_to: undefined });
  });

  test("good values still arrive", () => {
    const filter = parseWorkFilter({ q: " vampire ", page: "3", words_from: "1000", date_from: "2020-01-31", sort: "kudos", include: ["A, B", "C"] });
    expect(filter).toMatchObject({ q: "vampire", page: 3, words_from: 1000, sort: "kudos", include: ["A", "B", "C"] });
    expect(filter.date_from?.toISOString()).toBe("2020-01-31T00:00:00.000Z");
  });

  test("any query string gives a filter with no control characters, a bounded page and valid dates", () => {
    const names = ["include", "exclude", "rating", "complete", "crossover", "q", "words_from", "words_to", "date_from", "date_to", "language", "sort", "page"];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), fc.oneof(hostileValue, fc.array(hostileValue, { maxLength: 4 }))), (params) => {
        const filter = parseWorkFilter(params);
        for (const text of [...filter.include, ...filter.exclude, filter.q, filter.rating, filter.language]) {
          expect(text === undefined || !CONTROL.test(text)).toBe(true);
        }
        expect(Number.isInteger(filter.page) && filter.page >= 1 && filter.page <= 5000).toBe(true);
        for (const date of [filter.date_from, filter.date_to]) {
          expect(date === undefined || (date.getUTCFullYear() >= 1970 && date.getUTCFullYear() <= 9999)).toBe(true);
        }
        for (const words of [filter.words_from, filter.words_to]) {
          expect(words === undefined || (Number.isSafeInteger(words) && words >= 0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
