import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { visibleCommentsWhere } from "@/lib/comments/comment-visibility";
import { adjustCommentsCount } from "@/lib/comments/comments-count";
import { db, type Transaction } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { createdByWhere } from "@/lib/creatorships/creator-where";

// The author deletes their comment, or any of the work's creators any comment on it. A comment with replies
// stays as "(Previous comment deleted.)" so its thread holds together; one without goes, and so do
// deleted ancestors left with nothing below. Row locks keep a reply from landing mid-delete.
export async function deleteComment(user: Viewer, commentId: number): Promise<Result<{ workId: number }>> {
  return db.$transaction(async (tx): Promise<Result<{ workId: number }>> => {
    await lockComment(tx, commentId);
    const comment = await tx.comment.findFirst({
      where: {
        AND: [
          { id: commentId, deletedAt: null, OR: [{ authorId: user.id }, { work: createdByWhere(user.id) }] },
          visibleCommentsWhere(user),
        ],
      },
      select: { workId: true, parentId: true, approved: true },
    });
    if (!comment) return fail("not_found");
    if (await hasReplies(tx, commentId)) {
      await tx.comment.update({ where: { id: commentId }, data: { deletedAt: new Date(), body: "" } });
    } else {
      await tx.comment.delete({ where: { id: commentId } });
      await removeEmptyDeletedAncestors(tx, comment.parentId);
    }
    if (comment.approved) await adjustCommentsCount(tx, comment.workId, -1);
    return ok({ workId: comment.workId });
  });
}

async function lockComment(tx: Transaction, id: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM comments WHERE id = ${id} FOR UPDATE`;
  return rows.length > 0;
}

async function hasReplies(tx: Transaction, id: number) {
  return (await tx.comment.findFirst({ where: { parentId: id }, select: { id: true } })) !== null;
}

// Deleted placeholders were already uncounted when they were deleted; they only go away here.
async function removeEmptyDeletedAncestors(tx: Transaction, parentId: number | null) {
  let id = parentId;
  while (id !== null && (await lockComment(tx, id))) {
    const parent = await tx.comment.findUnique({ where: { id }, select: { parentId: true, deletedAt: true } });
    if (!parent || parent.deletedAt === null || (await hasReplies(tx, id))) return;
    await tx.comment.delete({ where: { id } });
    id = parent.parentId;
  }
}
