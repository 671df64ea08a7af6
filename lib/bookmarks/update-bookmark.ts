import "server-only";
import { db } from "@/lib/db";
import { adjustBookmarksCount } from "@/lib/bookmarks/adjust-bookmarks-count";
import { bookmarkFields } from "@/lib/bookmarks/bookmark-fields";
import { lockOwnBookmark } from "@/lib/bookmarks/lock-own-bookmark";
import type { BookmarkInput } from "@/lib/bookmarks/schema";
import { setBookmarkTags } from "@/lib/bookmarks/set-bookmark-tags";
import { fail, ok, type Result } from "@/lib/result";

// Saves the user's own bookmark; making it private takes it out of the work's count, making it
// public puts it back. A bookmark of a deleted work can still be edited (its notes remain).
export async function updateBookmark(userId: number, bookmarkId: number, input: BookmarkInput): Promise<Result<{ bookmarkId: number }>> {
  return db.$transaction(async (tx): Promise<Result<{ bookmarkId: number }>> => {
    const before = await lockOwnBookmark(tx, bookmarkId, userId);
    if (!before) return fail("not_found");
    await tx.bookmark.update({ where: { id: bookmarkId }, data: bookmarkFields(input) });
    await setBookmarkTags(tx, bookmarkId, input.tags);
    if (before.private !== input.private) await adjustBookmarksCount(tx, before.workId, input.private ? -1 : 1);
    return ok({ bookmarkId });
  });
}
