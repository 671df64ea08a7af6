import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { adjustBookmarksCount } from "@/lib/bookmarks/adjust-bookmarks-count";
import { db, type Transaction } from "@/lib/db";
import { READING_LIST_WORKS_MAX } from "@/lib/reading-lists/limits";
import { fail, ok, type Result } from "@/lib/result";
import { listedWorksWhere } from "@/lib/works/visibility";

type Added = Result<{ listName: string }>;

// Puts a work the user may list into one of their own lists. A list holds bookmarks: without one,
// the work is bookmarked first — privately when the list is private, publicly (and counted) when
// it is public. The list row is locked while counting, so concurrent adds cannot pass the cap;
// the bookmark insert yields to a concurrent one (ON CONFLICT) and then uses it.
export async function addToReadingList(user: Viewer, listId: number, workId: number): Promise<Added> {
  return db.$transaction(async (tx): Promise<Added> => {
    const [list] = await tx.$queryRaw<{ name: string; private: boolean }[]>`
      SELECT name, private FROM reading_lists WHERE id = ${listId} AND owner_id = ${user.id} FOR UPDATE`;
    if (!list) return fail("not_found");
    const work = await tx.work.findFirst({ where: { AND: [{ id: workId }, listedWorksWhere(user)] }, select: { id: true } });
    if (!work) return fail("not_found");
    const existing = await tx.bookmark.findFirst({ where: { userId: user.id, workId }, select: { id: true } });
    if (existing && (await tx.readingListItem.count({ where: { listId, bookmarkId: existing.id } }))) {
      return fail("reading_list_has_work", { field: "listId" });
    }
    if ((await tx.readingListItem.count({ where: { listId } })) >= READING_LIST_WORKS_MAX) {
      return fail("reading_list_full", { field: "listId", params: { max: READING_LIST_WORKS_MAX } });
    }
    const bookmarkId = existing?.id ?? (await bookmarkForList(tx, user.id, workId, list.private));
    await tx.$executeRaw`
      INSERT INTO reading_list_items (list_id, bookmark_id, owner_id) VALUES (${listId}, ${bookmarkId}, ${user.id})
      ON CONFLICT DO NOTHING`;
    return ok({ listName: list.name });
  });
}

async function bookmarkForList(tx: Transaction, userId: number, workId: number, privateList: boolean): Promise<number> {
  const inserted = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO bookmarks (user_id, work_id, private, created_at, updated_at)
    VALUES (${userId}, ${workId}, ${privateList}, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
    ON CONFLICT (user_id, work_id) DO NOTHING RETURNING id`;
  if (inserted[0]) {
    if (!privateList) await adjustBookmarksCount(tx, workId, 1);
    return inserted[0].id;
  }
  return (await tx.bookmark.findFirstOrThrow({ where: { userId, workId }, select: { id: true } })).id;
}
