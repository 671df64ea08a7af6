import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { buildCommentTree } from "@/lib/comments/build-comment-tree";
import { commentSelect, hideMutedAuthors, type CommentRow } from "@/lib/comments/comment-select";
import { visibleCommentsWhere } from "@/lib/comments/comment-visibility";
import { getCommentableWork } from "@/lib/comments/get-commentable-work";
import { db } from "@/lib/db";
import { mutedUserIds } from "@/lib/muting/muted-user-ids";

// A chapter's comments (or, with chapterId null, the whole work's) as threads, in two queries
// whatever the depth: the work, and every visible comment oldest first (and whom the viewer muted).
export async function getWorkComments(workId: number, chapterId: number | null, viewer: Viewer | null) {
  const [work, comments, muted] = await Promise.all([
    getCommentableWork(workId, viewer),
    db.comment.findMany({
      where: { AND: [{ workId }, chapterId === null ? {} : { chapterId }, visibleCommentsWhere(viewer)] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: commentSelect,
    }),
    mutedUserIds(viewer),
  ]);
  if (!work) return null;
  return { work, threads: buildCommentTree(hideMutedAuthors(comments, muted)), count: countShown(comments) };
}

// "Comments (N)" counts what everyone sees: approved and not deleted.
export function countShown(comments: readonly Pick<CommentRow, "approved" | "deletedAt">[]) {
  return comments.filter((comment) => comment.approved && comment.deletedAt === null).length;
}

export type WorkComments = NonNullable<Awaited<ReturnType<typeof getWorkComments>>>;
