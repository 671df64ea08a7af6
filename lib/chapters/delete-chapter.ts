import "server-only";
import { recountComments } from "@/lib/comments/comments-count";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { lockOwnWork } from "@/lib/works/lock-own-work";
import { refreshWorkTotals } from "@/lib/works/refresh-work-totals";

// AO3: the only posted chapter of a posted work (or a work's only chapter) cannot be deleted —
// delete the work instead. Later chapters move up to close the gap.
export async function deleteChapter(creatorId: number, workId: number, chapterId: number): Promise<Result> {
  return db.$transaction(async (tx): Promise<Result> => {
    const work = await lockOwnWork(tx, workId, creatorId);
    if (!work) return fail("not_found");
    const chapters = await tx.chapter.findMany({ where: { workId }, select: { id: true, posted: true, position: true } });
    const chapter = chapters.find((candidate) => candidate.id === chapterId);
    if (!chapter) return fail("not_found");
    const remainingPosted = chapters.filter((candidate) => candidate.posted && candidate.id !== chapterId).length;
    if (chapters.length === 1 || (work.posted && chapter.posted && remainingPosted === 0)) return fail("chapter_only_posted");
    await tx.chapter.delete({ where: { id: chapterId } });
    // Its comments went with it (cascade): the work's count follows in the same transaction.
    await recountComments(tx, workId);
    await tx.chapter.updateMany({ where: { workId, position: { gt: chapter.position } }, data: { position: { decrement: 1 } } });
    await refreshWorkTotals(tx, workId, { revised: false });
    return ok();
  });
}
