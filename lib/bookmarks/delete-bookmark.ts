import "server-only";
import { db } from "@/lib/db";
import { adjustBookmarksCount } from "@/lib/bookmarks/adjust-bookmarks-count";
import { lockOwnBookmark } from "@/lib/bookmarks/lock-own-bookmark";
import { fail, ok, type Result } from "@/lib/result";

// Deletes the user's own bookmark (its tag links cascade) and, if it was public, takes it out of
// the work's count. Someone else's bookmark is as missing as one that never was.
export async function deleteBookmark(userId: number, bookmarkId: number): Promise<Result> {
  return db.$transaction(async (tx): Promise<Result> => {
    const bookmark = await lockOwnBookmark(tx, bookmarkId, userId);
    if (!bookmark) return fail("not_found");
    await tx.bookmark.delete({ where: { id: bookmarkId } });
    if (!bookmark.private) await adjustBookmarksCount(tx, bookmark.workId, -1);
    return ok();
  });
}
