import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createBookmark } from "@/lib/bookmarks/create-bookmark";
import { deleteBookmark } from "@/lib/bookmarks/delete-bookmark";
import { listUserBookmarks } from "@/lib/bookmarks/list-user-bookmarks";
import { bookmarkSchema } from "@/lib/bookmarks/schema";
import { updateBookmark } from "@/lib/bookmarks/update-bookmark";
import { deleteWork } from "@/lib/works/delete-work";
import { makeUser, makeWork, unique } from "../../scripts/test/fixtures";

const input = (fields: Record<string, string> = {}) => bookmarkSchema.parse(fields);

async function bookmarksCount(workId: number) {
  return (await db.work.findUniqueOrThrow({ where: { id: workId }, select: { bookmarksCount: true } })).bookmarksCount;
}

async function setUp() {
  const writer = await makeUser("writer");
  const reader = await makeUser("reader");
  const work = await makeWork(writer.id);
  return { writer, reader, work };
}

describe("bookmarks", () => {
  test("a bookmark keeps sanitised notes and its own tags, which do not count as tag uses", async () => {
    const { reader, work } = await setUp();
    const tagName = unique("Bookmark Tag");
    const result = await createBookmark(reader, work.id, input({ notes: "Loved it <script>x()</script>", tags: `${tagName}, comfort read`, rec: "on" }));
    expect(result.ok).toBe(true);
    const bookmark = await db.bookmark.findFirstOrThrow({ where: { userId: reader.id }, include: { tags: { include: { tag: true } } } });
    expect(bookmark.notes).toBe("<p>Loved it &lt;script&gt;x()&lt;/script&gt;</p>");
    expect(bookmark.rec).toBe(true);
    const tag = bookmark.tags.find((link) => link.tag.name === tagName)?.tag;
    expect(tag).toMatchObject({ type: "FREEFORM", usesCount: 0 });
  });

  test("a reader can bookmark a work only once", async () => {
    const { reader, work } = await setUp();
    expect((await createBookmark(reader, work.id, input())).ok).toBe(true);
    expect(await createBookmark(reader, work.id, input({ notes: "again" }))).toEqual({ ok: false, code: "bookmark_exists" });
    expect(await db.bookmark.count({ where: { userId: reader.id } })).toBe(1);
    expect(await bookmarksCount(work.id)).toBe(1);
  });

  test("two bookmarks of one work at once leave one row and one friendly error", async () => {
    const { reader, work } = await setUp();
    const results = await Promise.all([
      createBookmark(reader, work.id, input({ tags: "Same New Tag" })),
      createBookmark(reader, work.id, input({ tags: "Same New Tag" })),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, code: "bookmark_exists" }]);
    expect(await db.bookmark.count({ where: { userId: reader.id } })).toBe(1);
    expect(await bookmarksCount(work.id)).toBe(1);
  });

  test("the work's count leaves out private bookmarks and follows edits and deletes", async () => {
    const { writer, reader, work } = await setUp();
    const other = await makeUser("other");
    const open = await createBookmark(reader, work.id, input());
    const hidden = await createBookmark(other, work.id, input({ private: "on" }));
    await createBookmark(writer, work.id, input());
    expect(await bookmarksCount(work.id)).toBe(2);
    if (!open.ok || !hidden.ok) throw new Error("bookmarks not created");

    await updateBookmark(reader.id, open.value.bookmarkId, input({ private: "on" }));
    expect(await bookmarksCount(work.id)).toBe(1);
    await updateBookmark(reader.id, open.value.bookmarkId, input({ private: "on", notes: "still private" }));
    expect(await bookmarksCount(work.id)).toBe(1);
    await updateBookmark(other.id, hidden.value.bookmarkId, input());
    expect(await bookmarksCount(work.id)).toBe(2);

    expect(await deleteBookmark(reader.id, open.value.bookmarkId)).toEqual({ ok: true, value: undefined });
    expect(await bookmarksCount(work.id)).toBe(2);
    expect(await deleteBookmark(other.id, hidden.value.bookmarkId)).toEqual({ ok: true, value: undefined });
    expect(await bookmarksCount(work.id)).toBe(1);
  });

  test("concurrent edits toggling privacy move the count once", async () => {
    const { reader, work } = await setUp();
    const created = await createBookmark(reader, work.id, input());
    if (!created.ok) throw new Error("bookmark not created");
    await Promise.all([
      updateBookmark(reader.id, created.value.bookmarkId, input({ private: "on" })),
      updateBookmark(reader.id, created.value.bookmarkId, input({ private: "on" })),
    ]);
    expect(await bookmarksCount(work.id)).toBe(0);
  });

  test("nobody else can edit or delete a bookmark", async () => {
    const { writer, reader, work } = await setUp();
    const created = await createBookmark(reader, work.id, input({ notes: "mine" }));
    if (!created.ok) throw new Error("bookmark not created");
    expect(await updateBookmark(writer.id, created.value.bookmarkId, input({ notes: "theirs", private: "on" }))).toEqual({ ok: false, code: "not_found" });
    expect(await deleteBookmark(writer.id, created.value.bookmarkId)).toEqual({ ok: false, code: "not_found" });
    const bookmark = await db.bookmark.findUniqueOrThrow({ where: { id: created.value.bookmarkId } });
    expect(bookmark).toMatchObject({ notes: "<p>mine</p>", private: false });
    expect(await bookmarksCount(work.id)).toBe(1);
  });

  test("drafts cannot be bookmarked, not even by their creator", async () => {
    const writer = await makeUser("writer");
    const draft = await makeWork(writer.id, {}, { draft: true });
    expect(await createBookmark(writer, draft.id, input())).toEqual({ ok: false, code: "not_found" });
  });

  test("a deleted work's bookmark stays with its notes, for its owner and, if public, for others", async () => {
    const { writer, reader, work } = await setUp();
    const other = await makeUser("other");
    await createBookmark(reader, work.id, input({ notes: "Gone but not forgotten" }));
    await createBookmark(other, work.id, input({ notes: "my secret", private: "on" }));
    expect(await deleteWork(writer.id, work.id)).toEqual({ ok: true, value: undefined });

    const seenByGuest = await listUserBookmarks(reader.id, null, 1);
    expect(seenByGuest.bookmarks).toHaveLength(1);
    expect(seenByGuest.bookmarks[0]).toMatchObject({ work: null, notes: "<p>Gone but not forgotten</p>" });
    expect((await listUserBookmarks(other.id, reader, 1)).bookmarks).toHaveLength(0);
    expect((await listUserBookmarks(other.id, other, 1)).bookmarks).toHaveLength(1);
  });

  test("a listing hides private bookmarks from others and restricted works from guests", async () => {
    const { writer, reader } = await setUp();
    const restricted = await makeWork(writer.id, { restricted: "on" });
    const secret = await makeWork(writer.id);
    await createBookmark(reader, restricted.id, input());
    await createBookmark(reader, secret.id, input({ private: "on" }));

    const ids = async (viewer: Parameters<typeof listUserBookmarks>[1]) =>
      (await listUserBookmarks(reader.id, viewer, 1)).bookmarks.map((bookmark) => bookmark.work?.id);
    expect(await ids(reader)).toEqual([secret.id, restricted.id]);
    expect(await ids(writer)).toEqual([restricted.id]);
    expect(await ids(null)).toEqual([]);
  });
});
