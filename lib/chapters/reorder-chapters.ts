import "server-only";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { lockOwnWork } from "@/lib/works/lock-own-work";

// Puts the work's chapters in the given order. The list must name every chapter exactly once,
// so a stale form (a chapter added meanwhile) is refused rather than half-applied.
export async function reorderChapters(creatorId: number, workId: number, chapterIds: number[]): Promise<Result> {
  return db.$transaction(async (tx): Promise<Result> => {
    if (!(await lockOwnWork(tx, workId, creatorId))) return fail("not_found");
    const chapters = await tx.chapter.findMany({ where: { workId }, select: { id: true } });
    const known = new Set(chapters.map((chapter) => chapter.id));
    if (chapterIds.length !== known.size || new Set(chapterIds).size !== known.size || !chapterIds.every((id) => known.has(id))) {
      return fail("chapters_changed");
    }
    // Out of the way first: (work, position) is unique and checked row by row.
    await tx.chapter.updateMany({ where: { workId }, data: { position: { increment: 100_000 } } });
    const positions = chapterIds.map((_, index) => index + 1);
    await tx.$executeRaw`
      UPDATE chapters c SET position = v.position
      FROM unnest(${chapterIds}::int[], ${positions}::int[]) AS v(id, position)
      WHERE c.id = v.id AND c.work_id = ${workId}`;
    return ok();
  });
}
