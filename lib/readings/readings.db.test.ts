import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { clearHistory } from "@/lib/readings/clear-readings";
import { listReadings } from "@/lib/readings/list-readings";
import { setMarkedForLater } from "@/lib/readings/mark-for-later";
import { recordReading } from "@/lib/readings/record-reading";
import { saveReadingPosition } from "@/lib/readings/save-position";
import { makeUser, makeWork } from "../../scripts/test/fixtures";

async function reading(userId: number, workId: number) {
  return db.reading.findUnique({ where: { userId_workId: { userId, workId } } });
}

describe("reading history", () => {
  test("a place in a chapter is kept on returning to it and starts over in another chapter", async () => {
    const [writer, reader] = [await makeUser("writer"), await makeUser("reader")];
    const work = await makeWork(writer.id);
    const first = (await db.chapter.findFirstOrThrow({ where: { workId: work.id } })).id;
    const second = (await db.chapter.create({ data: { workId: work.id, position: 2, body: "<p>Two</p>", wordCount: 1, posted: true } })).id;
    await recordReading(reader.id, work.id, first);
    await saveReadingPosition(reader.id, work.id, first, 420);
    await recordReading(reader.id, work.id, first);
    expect(await reading(reader.id, work.id)).toMatchObject({ chapterId: first, position: 420, views: 2 });
    // A stale page of another chapter does not move the place.
    await saveReadingPosition(reader.id, work.id, second, 900);
    expect((await reading(reader.id, work.id))?.position).toBe(420);
    await recordReading(reader.id, work.id, second);
    expect(await reading(reader.id, work.id)).toMatchObject({ chapterId: second, position: 0, views: 3 });
  });

  test("concurrent views of one work leave one row that counts them all", async () => {
    const [writer, reader] = [await makeUser("writer"), await makeUser("reader")];
    const work = await makeWork(writer.id);
    await Promise.all(Array.from({ length: 5 }, () => recordReading(reader.id, work.id, null)));
    expect((await reading(reader.id, work.id))?.views).toBe(5);
  });

  test("Mark for Later needs a work the reader may open; unmarking a work never read removes it", async () => {
    const [writer, reader] = [await makeUser("writer"), await makeUser("reader")];
    const draft = await makeWork(writer.id, {}, { draft: true });
    const work = await makeWork(writer.id);
    expect(await setMarkedForLater(reader, draft.id, true)).toMatchObject({ ok: false, code: "not_found" });
    expect((await setMarkedForLater(reader, work.id, true)).ok).toBe(true);
    expect((await listReadings(reader, "to-read", 1)).readings.map((entry) => entry.workId)).toEqual([work.id]);
    expect((await listReadings(reader, "history", 1)).total).toBe(0);
    expect((await setMarkedForLater(reader, work.id, false)).ok).toBe(true);
    expect(await reading(reader.id, work.id)).toBeNull();
  });

  test("Clear History empties the history but keeps what is marked for later", async () => {
    const [writer, reader] = [await makeUser("writer"), await makeUser("reader")];
    const [read, marked] = [await makeWork(writer.id), await makeWork(writer.id)];
    await recordReading(reader.id, read.id, null);
    await recordReading(reader.id, marked.id, null);
    await setMarkedForLater(reader, marked.id, true);
    await clearHistory(reader.id);
    expect((await listReadings(reader, "history", 1)).total).toBe(0);
    expect((await listReadings(reader, "to-read", 1)).readings.map((entry) => entry.workId)).toEqual([marked.id]);
  });
});

describe("a work's own page", () => {
  test("opening a long work again keeps the chapter and place recorded; a one-shot's page is its chapter", async () => {
    const [writer, reader] = [await makeUser("writer"), await makeUser("reader")];
    const work = await makeWork(writer.id);
    const first = (await db.chapter.findFirstOrThrow({ where: { workId: work.id } })).id;
    const second = (await db.chapter.create({ data: { workId: work.id, position: 2, body: "<p>Two</p>", wordCount: 1, posted: true } })).id;
    await recordReading(reader.id, work.id, second);
    await saveReadingPosition(reader.id, work.id, second, 300);
    await recordReading(reader.id, work.id, first, { movesPlace: false });
    expect(await reading(reader.id, work.id)).toMatchObject({ chapterId: second, position: 300, views: 2 });
    const fresh = await makeWork(writer.id);
    await recordReading(reader.id, fresh.id, null, { movesPlace: false });
    expect(await reading(reader.id, fresh.id)).toMatchObject({ chapterId: null, views: 1 });
  });
});
