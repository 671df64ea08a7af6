import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { recordHit } from "@/lib/hits/record-hit";
import { makeUser, makeWork } from "../../scripts/test/fixtures";

const hits = async (id: number) => (await db.work.findUniqueOrThrow({ where: { id }, select: { hitsCount: true } })).hitsCount;

describe("recordHit", () => {
  test("counts a visitor once per work per day, again the next day", async () => {
    const writer = await makeUser("writer");
    const work = await makeWork(writer.id);
    const monday = new Date("2026-03-02T10:00:00Z");
    await recordHit(work.id, "visitor-a", monday);
    await recordHit(work.id, "visitor-a", new Date("2026-03-02T23:00:00Z"));
    await recordHit(work.id, "visitor-b", monday);
    expect(await hits(work.id)).toBe(2);
    await recordHit(work.id, "visitor-a", new Date("2026-03-03T08:00:00Z"));
    expect(await hits(work.id)).toBe(3);
  });

  test("simultaneous views by one visitor count once", async () => {
    const writer = await makeUser("writer");
    const work = await makeWork(writer.id);
    await Promise.all(Array.from({ length: 8 }, () => recordHit(work.id, "same-visitor")));
    expect(await hits(work.id)).toBe(1);
  });
});
