import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { commentRefusal } from "@/lib/comments/comment-permission";
import { db } from "@/lib/db";
import { readableWorksWhere } from "@/lib/works/visibility";

// The work around a set of comments, as far as this viewer may open it: who may comment, who
// moderates, and which chapters take comments. Null when missing or not readable.
export async function getCommentableWork(workId: number, viewer: Viewer | null) {
  const work = await db.work.findFirst({
    where: { AND: [{ id: workId }, readableWorksWhere(viewer)] },
    select: {
      id: true,
      title: true,
      creatorships: { where: { status: "ACCEPTED" }, select: { userId: true } },
      posted: true,
      commentPermission: true,
      moderateComments: true,
      chapters: { where: { posted: true }, orderBy: { position: "asc" }, select: { id: true, position: true } },
    },
  });
  if (!work) return null;
  return {
    ...work,
    isCreator: work.creatorships.some((creator) => creator.userId === viewer?.id),
    multiChapter: work.chapters.length > 1,
    refusal: commentRefusal(work, viewer !== null),
  };
}

export type CommentableWork = NonNullable<Awaited<ReturnType<typeof getCommentableWork>>>;

// Where a new top-level comment goes: the chapter shown, or on the entire-work view the latest
// chapter. Null when that chapter is not posted (a draft chapter takes no comments).
export function commentTargetChapter(work: CommentableWork, chapterId: number | null) {
  const target = chapterId === null ? work.chapters.at(-1) : work.chapters.find((chapter) => chapter.id === chapterId);
  return target ?? null;
}
