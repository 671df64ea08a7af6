import { describe, expect, test } from "vitest";
import { createBookmark } from "@/lib/bookmarks/create-bookmark";
import { bookmarkSchema } from "@/lib/bookmarks/schema";
import { db } from "@/lib/db";
import { addToReadingList } from "@/lib/reading-lists/add-to-reading-list";
import { createReadingList } from "@/lib/reading-lists/create-reading-list";
import { getReadingList } from "@/lib/reading-lists/get-reading-list";
import { READING_LISTS_MAX } from "@/lib/reading-lists/limits";
import { listOwnReadingListsFor, listUserReadingLists } from "@/lib/reading-lists/list-reading-lists";
import { removeFromReadingList } from "@/lib/reading-lists/remove-from-reading-list";
import { newReadingListSchema } from "@/lib/reading-lists/schema";
import { makeUser, makeWork, unique } from "../../scripts/test/fixtures";

async function newList(ownerId: number, fields: { name?: string; private?: string } = {}) {
  const result = await createReadingList(ownerId, newReadingListSchema.parse({ name: unique("List"), ...fields }));
  if (!result.ok) throw new Error(`list refused: ${result.code}`);
  return result.value.listId;
}

const bookmarksCount = async (id: number) =>
  (await db.work.findUniqueOrThrow({ where: { id }, select: { bookmarksCount: true } })).bookmarksCount;
const workIds = async (listId: number, viewer: Parameters<typeof getReadingList>[1]) =>
  (await getReadingList(listId, viewer, 1))?.items.map((item) => item.work.id);

describe("reading lists", () => {
  test("a work sits in two lists on one bookmark, made public by the public list and counted once", async () => {
    const writer = await makeUser("writer");
    const reader = await makeUser("reader");
    const work = await makeWork(writer.id);
    const shelf = await newList(reader.id, { name: "Comfort reads" });
    const secret = await newList(reader.id, { name: "Secret", private: "on" });
    expect(await addToReadingList(reader, shelf, work.id)).toEqual({ ok: true, value: { listName: "Comfort reads" } });
    expect((await addToReadingList(reader, secret, work.id)).ok).toBe(true);
    expect(await addToReadingList(reader, shelf, work.id)).toEqual({ ok: false, code: "reading_list_has_work", field: "listId" });

    const bookmarks = await db.bookmark.findMany({ where: { userId: reader.id }, select: { private: true } });
    expect(bookmarks).toEqual([{ private: false }]);
    expect(await bookmarksCount(work.id)).toBe(1);
    expect(await workIds(shelf, reader)).toEqual([work.id]);
    expect(await workIds(secret, reader)).toEqual([work.id]);
    expect((await listOwnReadingListsFor(reader.id, work.id)).map((list) => list.holdsWork)).toEqual([true, true]);
  });

  test("adding to a private list bookmarks privately, uncounted; others never see the private list", async () => {
    const writer = await makeUser("writer");
    const reader = await makeUser("reader");
    const other = await makeUser("other");
    const work = await makeWork(writer.id);
    const secret = await newList(reader.id, { private: "on" });
    await newList(reader.id, { name: "Open shelf" });
    expect((await addToReadingList(reader, secret, work.id)).ok).toBe(true);
    expect(await db.bookmark.findFirst({ where: { userId: reader.id }, select: { private: true } })).toEqual({ private: true });
    expect(await bookmarksCount(work.id)).toBe(0);

    expect(await getReadingList(secret, null, 1)).toBeNull();
    expect(await getReadingList(secret, other, 1)).toBeNull();
    expect((await getReadingList(secret, reader, 1))?.total).toBe(1);
    expect((await listUserReadingLists(reader.id, other)).map((list) => list.name)).toEqual(["Open shelf"]);
    expect(await listUserReadingLists(reader.id, reader)).toHaveLength(2);
    // Nobody adds to someone else's list.
    expect(await addToReadingList(other, secret, work.id)).toEqual({ ok: false, code: "not_found" });
  });

  test("a public list hides restricted works from guests and private bookmarks from others, in its count too", async () => {
    const writer = await makeUser("writer");
    const reader = await makeUser("reader");
    const open = await makeWork(writer.id);
    const restricted = await makeWork(writer.id, { restricted: "on" });
    const privatelyKept = await makeWork(writer.id);
    await createBookmark(reader, privatelyKept.id, bookmarkSchema.parse({ private: "on" }));
    const shelf = await newList(reader.id);
    for (const work of [open, restricted, privatelyKept]) expect((await addToReadingList(reader, shelf, work.id)).ok).toBe(true);

    const forGuest = await getReadingList(shelf, null, 1);
    expect(forGuest?.items.map((item) => item.work.id)).toEqual([open.id]);
    expect(forGuest?.total).toBe(1);
    expect((await getReadingList(shelf, writer, 1))?.total).toBe(2);
    expect((await getReadingList(shelf, reader, 1))?.total).toBe(3);
    expect((await listUserReadingLists(reader.id, null))[0]?._count.items).toBe(1);
  });

  test("removing a work from one list keeps its bookmark and its place in the other list", async () => {
    const writer = await makeUser("writer");
    const reader = await makeUser("reader");
    const work = await makeWork(writer.id);
    const [first, second] = [await newList(reader.id), await newList(reader.id)];
    await addToReadingList(reader, first, work.id);
    await addToReadingList(reader, second, work.id);
    const bookmark = await db.bookmark.findFirstOrThrow({ where: { userId: reader.id }, select: { id: true } });
    // Only the owner removes: another user's attempt changes nothing.
    const other = await makeUser("other");
    await removeFromReadingList(other.id, first, bookmark.id);
    expect(await workIds(first, reader)).toEqual([work.id]);
    expect((await removeFromReadingList(reader.id, first, bookmark.id)).ok).toBe(true);
    expect(await workIds(first, reader)).toEqual([]);
    expect(await workIds(second, reader)).toEqual([work.id]);
    expect(await db.bookmark.count({ where: { userId: reader.id } })).toBe(1);
  });

  test("list names are unique per owner in any case, and a list holds only its owner's bookmarks", async () => {
    const reader = await makeUser("reader");
    const other = await makeUser("other");
    const writer = await makeUser("writer");
    const work = await makeWork(writer.id);
    await newList(reader.id, { name: "Favourites" });
    expect(await createReadingList(reader.id, newReadingListSchema.parse({ name: "  favourites " }))).toEqual({
      ok: false,
      code: "reading_list_name_taken",
      field: "name",
    });
    expect((await createReadingList(other.id, newReadingListSchema.parse({ name: "Favourites" }))).ok).toBe(true);
    const list = await newList(reader.id);
    const result = await createBookmark(other, work.id, bookmarkSchema.parse({}));
    if (!result.ok) throw new Error(result.code);
    await expect(
      db.$executeRaw`INSERT INTO reading_list_items (list_id, bookmark_id, owner_id) VALUES (${list}, ${result.value.bookmarkId}, ${reader.id})`,
    ).rejects.toThrow();
    await expect(
      db.$executeRaw`INSERT INTO reading_list_items (list_id, bookmark_id, owner_id) VALUES (${list}, ${result.value.bookmarkId}, ${other.id})`,
    ).rejects.toThrow();
  });

  test("concurrent adds of one work give one bookmark and one entry; the cap on lists holds at once", async () => {
    const writer = await makeUser("writer");
    const reader = await makeUser("reader");
    const work = await makeWork(writer.id);
    const shelf = await newList(reader.id);
    const adds = await Promise.all(Array.from({ length: 5 }, () => addToReadingList(reader, shelf, work.id)));
    expect(adds.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.bookmark.count({ where: { userId: reader.id } })).toBe(1);
    expect(await bookmarksCount(work.id)).toBe(1);
    expect((await getReadingList(shelf, reader, 1))?.total).toBe(1);

    for (let i = 1; i < READING_LISTS_MAX - 1; i++) await newList(reader.id);
    const last = await Promise.all([0, 1].map(() => createReadingList(reader.id, newReadingListSchema.parse({ name: unique("Last") }))));
    expect(last.filter((result) => result.ok)).toHaveLength(1);
    expect(last).toContainEqual({ ok: false, code: "reading_list_limit", field: "name", params: { max: READING_LISTS_MAX } });
    expect(await db.readingList.count({ where: { ownerId: reader.id } })).toBe(READING_LISTS_MAX);
  });
});
