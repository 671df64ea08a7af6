import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { visibleCommentsWhere } from "@/lib/comments/comment-visibility";
import { formatCommentBody } from "@/lib/comments/comment-body";
import type { EditCommentInput } from "@/lib/comments/schema";
import { db } from "@/lib/db";

export type EditCommentResult = "edited" | "not_found" | "empty";

// Only the author edits a comment, and only while it is live; the page then marks it "(edited)".
export async function editComment(user: Viewer, input: EditCommentInput): Promise<EditCommentResult> {
  const body = formatCommentBody(input.body);
  if (body === null) return "empty";
  const { count } = await db.comment.updateMany({
    where: { AND: [{ id: input.commentId, authorId: user.id, deletedAt: null }, visibleCommentsWhere(user)] },
    data: { body, editedAt: new Date() },
  });
  return count === 1 ? "edited" : "not_found";
}
