import { describe, expect, test } from "vitest";
import { orderFromPositions } from "@/lib/chapters/order-from-positions";

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

describe("orderFromPositions", () => {
  test("moving the last chapter to the front shifts the others down", () => {
    expect(orderFromPositions([10, 20, 30], form({ "position-10": "1", "position-20": "2", "position-30": "1" }))).toEqual([10, 30, 20]);
  });

  test("a chapter given a number past the end goes last", () => {
    expect(orderFromPositions([10, 20, 30], form({ "position-10": "9", "position-20": "2", "position-30": "3" }))).toEqual([20, 30, 10]);
  });

  test("blank or nonsense positions keep the chapter where it was", () => {
    expect(orderFromPositions([10, 20, 30], form({ "position-10": "", "position-20": "abc" }))).toEqual([10, 20, 30]);
  });
});
