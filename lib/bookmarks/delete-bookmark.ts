import "server-only";
import { db } from "@/lib/db";
import { adjustBookmarksCount } from "@/lib/bookmarks/adjust-bookmarks-count";
import { lockOwnBookmark } from "@/lib/bookmarks/lock-own-bookmark";

// Deletes the user's own bookmark (its tag links cascade) and, if it was public, takes it out of
// the work's count. False when it is missing or someone else's.
export async function deleteBookmark(userId: number, bookmarkId: number): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const bookmark = await lockOwnBookmark(tx, bookmarkId, userId);
    if (!bookmark) return false;
    await tx.bookmark.delete({ where: { id: bookmarkId } });
    if (!bookmark.private) await adjustBookmarksCount(tx, bookmark.workId, -1);
    return true;
  });
}
