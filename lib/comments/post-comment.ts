import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { formatCommentBody } from "@/lib/comments/comment-body";
import { isRateLimited, isRepeatComment, lockGuest } from "@/lib/comments/comment-limits";
import { commentRefusal } from "@/lib/comments/comment-permission";
import { adjustCommentsCount } from "@/lib/comments/comments-count";
import { findReplyTarget, findTopLevelTarget } from "@/lib/comments/comment-target";
import type { CommentInput } from "@/lib/comments/schema";
import { db } from "@/lib/db";
import { isBlockedByAny } from "@/lib/muting/block-check";
import { notifyComment } from "@/lib/notices/notify-comment";
import { fail, ok, type Result } from "@/lib/result";
import { readableWorksWhere } from "@/lib/works/visibility";

export type Commenter = { user: Viewer } | { guest: { name: string; email: string } };

export type PostedComment = { commentId: number; approved: boolean };
type PostCommentResult = Result<PostedComment>;

// Leaves a comment or a reply. Everything is checked inside the transaction that writes it, with
// the commenter (or guest email) locked, so limits hold under concurrent submits; the count and
// the notices change with the row or not at all.
export async function postComment(commenter: Commenter, input: CommentInput): Promise<PostCommentResult> {
  const body = formatCommentBody(input.body);
  if (body === null) return fail("comment_empty", { field: "body" });
  const viewer = "user" in commenter ? commenter.user : null;
  return db.$transaction(async (tx): Promise<PostCommentResult> => {
    if (viewer) {
      const limited = await isRateLimited(tx, viewer.id);
      if (limited === null) return fail("not_found");
      if (limited) return fail("comment_new_account_limit", { field: "body" });
    } else if ("guest" in commenter) {
      await lockGuest(tx, commenter.guest.email);
    }
    const work = await tx.work.findFirst({
      where: { AND: [{ id: input.workId }, readableWorksWhere(viewer)] },
      select: {
        id: true,
        posted: true,
        commentPermission: true,
        moderateComments: true,
        creatorships: { where: { status: "ACCEPTED" }, select: { userId: true } },
      },
    });
    if (!work) return fail("not_found");
    const refusal = commentRefusal(work, viewer !== null);
    if (refusal) return fail(refusal);
    const isCreator = work.creatorships.some((creator) => creator.userId === viewer?.id);

    const target = input.parentId
      ? await findReplyTarget(tx, work.id, input.parentId, viewer, isCreator)
      : await findTopLevelTarget(tx, work.id, input.chapterId, isCreator);
    if ("error" in target) return fail(target.error);
    // Blocked by one of the work's creators, or by the author of the comment replied to (AO3).
    const blockers = [...work.creatorships.map((creator) => creator.userId), ...(target.parent?.authorId ? [target.parent.authorId] : [])];
    if (viewer && (await isBlockedByAny(tx, blockers, viewer.id))) return fail("blocked", { field: "body" });

    const identity = viewer ? { authorId: viewer.id } : { guestEmail: "guest" in commenter ? commenter.guest.email : "" };
    if (await isRepeatComment(tx, work.id, identity, body)) return fail("comment_duplicate", { field: "body" });

    const approved = isCreator || !work.moderateComments;
    const comment = await tx.comment.create({
      data: {
        workId: work.id,
        chapterId: target.chapterId,
        parentId: target.parent?.id ?? null,
        threadId: target.parent ? target.parent.threadId : null,
        depth: target.parent ? target.parent.depth + 1 : 0,
        authorId: viewer?.id ?? null,
        guestName: "guest" in commenter ? commenter.guest.name : null,
        guestEmail: "guest" in commenter ? commenter.guest.email : null,
        body,
        approved,
      },
      select: { id: true },
    });
    // A thread is named after its first comment, whose id exists only now.
    if (!target.parent) await tx.comment.update({ where: { id: comment.id }, data: { threadId: comment.id } });
    if (approved) await adjustCommentsCount(tx, work.id, 1);
    // Answering a comment that awaits approval approves it: the creator has plainly read it.
    if (isCreator && target.parent && !target.parent.approved) {
      await tx.comment.update({ where: { id: target.parent.id }, data: { approved: true } });
      await adjustCommentsCount(tx, work.id, 1);
    }
    // The creator hears of every comment (they may need to approve it); the replied-to author only
    // once the reply is public.
    await notifyComment(
      tx,
      {
        commentId: comment.id,
        workId: work.id,
        chapterId: target.chapterId,
        commenterId: viewer?.id ?? null,
        workCreatorIds: work.creatorships.map((creator) => creator.userId),
        parentAuthorId: target.parent?.authorId ?? null,
      },
      { parentAuthor: approved },
    );
    return ok({ commentId: comment.id, approved });
  });
}
