import "server-only";
import type { Transaction } from "@/lib/db";

// Work.bookmarksCount counts public bookmarks only (AO3); a deleted work has nothing to count.
// An increment in SQL, so concurrent bookmarks of one work never lose an update.
export async function adjustBookmarksCount(tx: Transaction, workId: number | null, delta: 1 | -1) {
  if (workId === null) return;
  await tx.work.updateMany({ where: { id: workId }, data: { bookmarksCount: { increment: delta } } });
}
