import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { buildCommentTree } from "@/lib/comments/build-comment-tree";
import { commentSelect, hideMutedAuthors } from "@/lib/comments/comment-select";
import { visibleCommentsWhere } from "@/lib/comments/comment-visibility";
import { getCommentableWork } from "@/lib/comments/get-commentable-work";
import { db } from "@/lib/db";
import { mutedUserIds } from "@/lib/muting/muted-user-ids";

// One comment and everything below it, for its own page (deep threads, links from notices).
// Three queries: the comment, its thread (one indexed scan on threadId), the work.
export async function getCommentThread(commentId: number, viewer: Viewer | null) {
  const visible = visibleCommentsWhere(viewer);
  const comment = await db.comment.findFirst({
    where: { AND: [{ id: commentId }, visible] },
    select: { id: true, workId: true, threadId: true, depth: true, parentId: true },
  });
  if (!comment) return null;
  const [work, comments, muted] = await Promise.all([
    getCommentableWork(comment.workId, viewer),
    db.comment.findMany({
      where: { AND: [{ threadId: comment.threadId ?? comment.id, depth: { gte: comment.depth } }, visible] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: commentSelect,
    }),
    mutedUserIds(viewer),
  ]);
  const [root] = buildCommentTree(hideMutedAuthors(comments, muted), comment.id);
  if (!work || !root) return null;
  return { work, root, parentId: comment.parentId };
}

export type CommentThread = NonNullable<Awaited<ReturnType<typeof getCommentThread>>>;
