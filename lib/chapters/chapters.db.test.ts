import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { addChapter } from "@/lib/chapters/add-chapter";
import { deleteChapter } from "@/lib/chapters/delete-chapter";
import { reorderChapters } from "@/lib/chapters/reorder-chapters";
import { chapterSchema } from "@/lib/chapters/schema";
import { updateChapter } from "@/lib/chapters/update-chapter";
import { makeUser, makeWork } from "../../scripts/test/fixtures";

const chapter = (title: string, position = "") =>
  chapterSchema.parse({ chapterTitle: title, body: `The text of ${title}, long enough.`, position });

async function titlesInOrder(workId: number) {
  const chapters = await db.chapter.findMany({ where: { workId }, orderBy: { position: "asc" }, select: { title: true, position: true } });
  return chapters.map((row) => row.title);
}

describe("chapters", () => {
  test("a chapter inserted at position 1 shifts the others and updates the work's totals", async () => {
    const writer = await makeUser("writer");
    const work = await makeWork(writer.id, { chapterTitle: "First", expectedChapters: "3" });
    await addChapter(writer.id, work.id, chapter("Third"), { draft: false });
    await addChapter(writer.id, work.id, chapter("Prologue", "1"), { draft: false });
    expect(await titlesInOrder(work.id)).toEqual(["Prologue", "First", "Third"]);
    const totals = await db.work.findUniqueOrThrow({ where: { id: work.id }, select: { postedChapters: true, complete: true } });
    expect(totals).toEqual({ postedChapters: 3, complete: true });
  });

  test("a draft chapter is not counted for readers until posted", async () => {
    const writer = await makeUser("writer");
    const work = await makeWork(writer.id);
    const draft = await addChapter(writer.id, work.id, chapter("Soon"), { draft: true });
    if (!draft.ok) throw new Error(`addChapter refused: ${draft.code}`);
    expect((await db.work.findUniqueOrThrow({ where: { id: work.id } })).postedChapters).toBe(1);
    await updateChapter(writer.id, work.id, draft.value.id, chapter("Soon"), { post: true });
    expect((await db.work.findUniqueOrThrow({ where: { id: work.id } })).postedChapters).toBe(2);
  });

  test("only the creator can add, reorder or delete chapters", async () => {
    const writer = await makeUser("writer");
    const stranger = await makeUser("stranger");
    const work = await makeWork(writer.id);
    expect(await addChapter(stranger.id, work.id, chapter("Intruder"), { draft: false })).toEqual({ ok: false, code: "not_found" });
    const [only] = await db.chapter.findMany({ where: { workId: work.id } });
    expect(await reorderChapters(stranger.id, work.id, [only!.id])).toEqual({ ok: false, code: "not_found" });
    expect(await deleteChapter(stranger.id, work.id, only!.id)).toEqual({ ok: false, code: "not_found" });
  });

  test("reordering follows the given order and refuses a stale list", async () => {
    const writer = await makeUser("writer");
    const work = await makeWork(writer.id, { chapterTitle: "A" });
    await addChapter(writer.id, work.id, chapter("B"), { draft: false });
    await addChapter(writer.id, work.id, chapter("C"), { draft: false });
    const ids = (await db.chapter.findMany({ where: { workId: work.id }, orderBy: { position: "asc" } })).map((row) => row.id);
    expect(await reorderChapters(writer.id, work.id, [ids[2]!, ids[0]!, ids[1]!])).toEqual({ ok: true, value: undefined });
    expect(await titlesInOrder(work.id)).toEqual(["C", "A", "B"]);
    expect(await reorderChapters(writer.id, work.id, [ids[0]!, ids[1]!])).toEqual({ ok: false, code: "chapters_changed" });
  });

  test("the only posted chapter cannot be deleted; another can, and positions close up", async () => {
    const writer = await makeUser("writer");
    const work = await makeWork(writer.id, { chapterTitle: "A" });
    const [first] = await db.chapter.findMany({ where: { workId: work.id } });
    expect(await deleteChapter(writer.id, work.id, first!.id)).toEqual({ ok: false, code: "chapter_only_posted" });
    await addChapter(writer.id, work.id, chapter("B"), { draft: false });
    await addChapter(writer.id, work.id, chapter("C"), { draft: false });
    const b = await db.chapter.findFirstOrThrow({ where: { workId: work.id, title: "B" } });
    expect(await deleteChapter(writer.id, work.id, b.id)).toEqual({ ok: true, value: undefined });
    const rows = await db.chapter.findMany({ where: { workId: work.id }, orderBy: { position: "asc" } });
    expect(rows.map((row) => [row.title, row.position])).toEqual([["A", 1], ["C", 2]]);
  });

  test("concurrent chapter additions get distinct positions", async () => {
    const writer = await makeUser("writer");
    const work = await makeWork(writer.id);
    await Promise.all(["X", "Y", "Z"].map((title) => addChapter(writer.id, work.id, chapter(title), { draft: false })));
    const positions = (await db.chapter.findMany({ where: { workId: work.id }, orderBy: { position: "asc" } })).map((row) => row.position);
    expect(positions).toEqual([1, 2, 3, 4]);
    expect((await db.work.findUniqueOrThrow({ where: { id: work.id } })).postedChapters).toBe(4);
  });
});
