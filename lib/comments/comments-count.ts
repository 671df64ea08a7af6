import "server-only";
import type { Transaction } from "@/lib/db";

// Work.commentsCount counts approved, not deleted comments. Every change moves it by one in the
// transaction that changed the comment: an increment is a single UPDATE, so concurrent
// comments on one work queue on the row instead of overwriting each other's recount.
export async function adjustCommentsCount(tx: Transaction, workId: number, by: 1 | -1) {
  await tx.work.update({ where: { id: workId }, data: { commentsCount: { increment: by } } });
}

// A full recount, for writes that remove comments wholesale (deleting a chapter cascades to its
// comments). The caller must hold the work's row lock (lockOwnWork) so no comment slips in between.
export async function recountComments(tx: Transaction, workId: number) {
  await tx.$executeRaw`
    UPDATE works SET comments_count = (
      SELECT count(*)::int FROM comments WHERE work_id = ${workId} AND approved AND deleted_at IS NULL
    ) WHERE id = ${workId}`;
}
