import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { adjustBookmarksCount } from "@/lib/bookmarks/adjust-bookmarks-count";
import { bookmarkFields } from "@/lib/bookmarks/bookmark-fields";
import type { BookmarkInput } from "@/lib/bookmarks/schema";
import { setBookmarkTags } from "@/lib/bookmarks/set-bookmark-tags";
import { fail, ok, type Result } from "@/lib/result";
import { listedWorksWhere } from "@/lib/works/visibility";

// Bookmarks a work the user may see listed (posted; restricted ones too, being logged in), with
// its tags and the work's public count in one transaction. One bookmark per user per work is the
// schema's unique (user_id, work_id): of two concurrent creates, the second waits for the first
// and fails on the constraint, which becomes "already bookmarked" rather than an error page.
export async function createBookmark(user: Viewer, workId: number, input: BookmarkInput): Promise<Result<{ bookmarkId: number }>> {
  try {
    return await db.$transaction(async (tx): Promise<Result<{ bookmarkId: number }>> => {
      const work = await tx.work.findFirst({ where: { AND: [{ id: workId }, listedWorksWhere(user)] }, select: { id: true } });
      if (!work) return fail("not_found");
      const bookmark = await tx.bookmark.create({
        data: { userId: user.id, workId, ...bookmarkFields(input) },
        select: { id: true },
      });
      await setBookmarkTags(tx, bookmark.id, input.tags);
      if (!input.private) await adjustBookmarksCount(tx, workId, 1);
      return ok({ bookmarkId: bookmark.id });
    });
  } catch (error) {
    if (isUniqueViolation(error, "work_id")) return fail("bookmark_exists");
    throw error;
  }
}
