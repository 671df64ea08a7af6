import "server-only";
import { db } from "@/lib/db";
import { ok, type Result } from "@/lib/result";

// Takes a work out of one of the user's own lists; its bookmark stays. Removing what is not
// there (a double click, a stale page) changes nothing and is no error.
export async function removeFromReadingList(ownerId: number, listId: number, bookmarkId: number): Promise<Result> {
  await db.readingListItem.deleteMany({ where: { listId, bookmarkId, ownerId } });
  return ok();
}
