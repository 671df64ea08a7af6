import "server-only";
import { db } from "@/lib/db";
import { chapterData } from "@/lib/chapters/chapter-text";
import type { ChapterInput } from "@/lib/chapters/schema";
import { lockOwnWork } from "@/lib/works/lock-own-work";
import { refreshWorkTotals } from "@/lib/works/refresh-work-totals";
import { notifyNewChapter } from "@/lib/notices/notify-new-chapter";
import { fail, ok, type Result } from "@/lib/result";

// Adds a chapter anywhere in the work (AO3: the chapters after it shift down). A chapter of a
// posted work is posted unless saved as a draft; a draft work's chapters wait with the work.
export async function addChapter(creatorId: number, workId: number, input: ChapterInput, { draft }: { draft: boolean }) {
  return db.$transaction(async (tx): Promise<Result<{ id: number }>> => {
    const work = await lockOwnWork(tx, workId, creatorId);
    if (!work) return fail("not_found");
    const count = await tx.chapter.count({ where: { workId } });
    const position = Math.min(Math.max(input.position ?? count + 1, 1), count + 1);
    // Two steps, because the (work, position) uniqueness is checked row by row.
    await tx.chapter.updateMany({ where: { workId, position: { gte: position } }, data: { position: { increment: 100_000 } } });
    await tx.chapter.updateMany({ where: { workId, position: { gte: 100_000 } }, data: { position: { decrement: 100_000 - 1 } } });
    const posted = work.posted && !draft;
    const chapter = await tx.chapter.create({
      data: { workId, position, ...chapterData(input), posted, publishedAt: posted ? new Date() : null },
      select: { id: true },
    });
    await refreshWorkTotals(tx, workId, { revised: posted });
    if (posted) await notifyNewChapter(tx, workId, chapter.id, creatorId);
    return ok(chapter);
  });
}
