import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { adjustCommentsCount } from "@/lib/comments/comments-count";
import { db } from "@/lib/db";
import { notifyComment } from "@/lib/notices/notify-comment";
import { fail, ok, type Result } from "@/lib/result";
import { createdByWhere } from "@/lib/creatorships/creator-where";

// A creator of the work approves a comment held for moderation: it becomes public and counted, and the
// author of the comment it answers hears of it now. The conditional update makes a double click count once.
export async function approveComment(creator: Viewer, commentId: number): Promise<Result> {
  return db.$transaction(async (tx): Promise<Result> => {
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, approved: false, deletedAt: null, work: createdByWhere(creator.id) },
      data: { approved: true },
    });
    if (count === 0) return fail("not_found");
    const comment = await tx.comment.findUniqueOrThrow({
      where: { id: commentId },
      select: { workId: true, chapterId: true, authorId: true, parent: { select: { authorId: true } } },
    });
    await adjustCommentsCount(tx, comment.workId, 1);
    await notifyComment(
      tx,
      {
        commentId,
        workId: comment.workId,
        chapterId: comment.chapterId,
        commenterId: comment.authorId,
        workCreatorIds: [creator.id],
        // The creator already heard of this comment when it arrived.
        parentAuthorId: comment.parent?.authorId === creator.id ? null : (comment.parent?.authorId ?? null),
      },
      { creator: false },
    );
    return ok();
  });
}
