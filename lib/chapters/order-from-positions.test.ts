import { describe, expect, test } from "vitest";
import { orderFromPositions } from "@/lib/chapters/order-from-positions";

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

describe("orderFromPositions", () => {
  test("moving the last chapter to the front shifts the others down", () => {
    expect(orderFromPositions([10, 20, 30], form({ "position-10": "1", "position-20": "2", "position-30": "1" }))).toEqual([30, 10, 20]);
  });

  test("moving the first chapter down shifts the others up", () => {
    expect(orderFromPositions([10, 20, 30, 40], form({ "position-10": "3", "position-20": "2", "position-30": "3", "position-40": "4" }))).toEqual([20, 30, 10, 40]);
  });

  test("several chapters moved at once each land where they were asked to", () => {
    expect(orderFromPositions([10, 20, 30, 40], form({ "position-10": "3", "position-40": "1" }))).toEqual([40, 20, 10, 30]);
  });

  test("a full set of new numbers is followed exactly", () => {
    expect(orderFromPositions([10, 20, 30], form({ "position-10": "2", "position-20": "3", "position-30": "1" }))).toEqual([30, 10, 20]);
  });

  test("two chapters asking for one place take it and the next free one", () => {
    expect(orderFromPositions([10, 20, 30, 40], form({ "position-10": "4", "position-20": "4" }))).toEqual([30, 40, 20, 10]);
  });

  test("a chapter given a number past the end goes last", () => {
    expect(orderFromPositions([10, 20, 30], form({ "position-10": "9", "position-20": "2", "position-30": "3" }))).toEqual([20, 30, 10]);
  });

  test("blank or nonsense positions keep the chapter where it was", () => {
    expect(orderFromPositions([10, 20, 30], form({ "position-10": "", "position-20": "abc" }))).toEqual([10, 20, 30]);
  });
});
