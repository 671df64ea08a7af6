import "server-only";
import type { Transaction } from "@/lib/db";

type CommentEvent = {
  commentId: number;
  workId: number;
  chapterId: number;
  // Null for a guest.
  commenterId: number | null;
  // Every accepted creator of the work.
  workCreatorIds: number[];
  // The author of the comment replied to; null for a top-level comment or a guest's.
  parentAuthorId: number | null;
};

// Tells the work's creators about a new comment (COMMENT) and the author of the comment replied to
// about the reply (REPLY), in the transaction that wrote the comment. Nobody hears about their own
// comment, and a creator answered on their own work gets the REPLY only, not both.
export async function notifyComment(tx: Transaction, event: CommentEvent, { creator = true, parentAuthor = true } = {}) {
  const { commentId, workId, chapterId, commenterId } = event;
  const recipients = new Map<number, "COMMENT" | "REPLY">();
  if (creator) {
    for (const creatorId of event.workCreatorIds) if (creatorId !== commenterId) recipients.set(creatorId, "COMMENT");
  }
  if (parentAuthor && event.parentAuthorId !== null && event.parentAuthorId !== commenterId) {
    recipients.set(event.parentAuthorId, "REPLY");
  }
  if (recipients.size === 0) return;
  await tx.notice.createMany({
    data: [...recipients].map(([userId, kind]) => ({ userId, kind, workId, chapterId, commentId })),
  });
}
