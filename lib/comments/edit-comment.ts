import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { visibleCommentsWhere } from "@/lib/comments/comment-visibility";
import { formatCommentBody } from "@/lib/comments/comment-body";
import type { EditCommentInput } from "@/lib/comments/schema";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";

// Only the author edits a comment, and only while it is live; the page then marks it "(edited)".
export async function editComment(user: Viewer, input: EditCommentInput): Promise<Result> {
  const body = formatCommentBody(input.body);
  if (body === null) return fail("comment_empty", { field: "body" });
  const { count } = await db.comment.updateMany({
    where: { AND: [{ id: input.commentId, authorId: user.id, deletedAt: null }, visibleCommentsWhere(user)] },
    data: { body, editedAt: new Date() },
  });
  return count === 1 ? ok() : fail("not_found");
}
