import "server-only";
import type { Viewer } from "@/lib/auth/session";
import type { CommentError } from "@/lib/comments/comment-errors";
import { visibleCommentsWhere } from "@/lib/comments/comment-visibility";
import type { Transaction } from "@/lib/db";

type Parent = { id: number; threadId: number; depth: number; authorId: number | null; approved: boolean };
type Target = { chapterId: number; parent: Parent | null } | { error: CommentError };

// A top-level comment goes on a posted chapter of the work; a chapter still in draft takes none.
export async function findTopLevelTarget(tx: Transaction, workId: number, chapterId: number, isCreator: boolean): Promise<Target> {
  const chapter = await tx.chapter.findFirst({ where: { id: chapterId, workId }, select: { posted: true } });
  if (!chapter || (!chapter.posted && !isCreator)) return { error: "not_found" };
  if (!chapter.posted) return { error: "comment_on_draft" };
  return { chapterId, parent: null };
}

// A reply goes on its parent's chapter, below a live comment the replier can see. The parent row
// stays locked until the reply is written, so it cannot be deleted (and its thread lost) meanwhile.
// Only the creator may answer a comment that awaits approval.
export async function findReplyTarget(
  tx: Transaction,
  workId: number,
  parentId: number,
  viewer: Viewer | null,
  isCreator: boolean,
): Promise<Target> {
  const locked = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM comments WHERE id = ${parentId} AND work_id = ${workId} FOR UPDATE`;
  if (locked.length === 0) return { error: "not_found" };
  const parent = await tx.comment.findFirst({
    where: { AND: [{ id: parentId, workId }, visibleCommentsWhere(viewer)] },
    select: { id: true, chapterId: true, threadId: true, depth: true, authorId: true, approved: true, deletedAt: true },
  });
  if (!parent) return { error: "not_found" };
  if (parent.deletedAt !== null || (!parent.approved && !isCreator)) return { error: "comment_parent_unavailable" };
  return {
    chapterId: parent.chapterId,
    parent: { id: parent.id, threadId: parent.threadId ?? parent.id, depth: parent.depth, authorId: parent.authorId, approved: parent.approved },
  };
}
