import "server-only";
import { db } from "@/lib/db";
import { chapterData } from "@/lib/chapters/chapter-text";
import type { ChapterInput } from "@/lib/chapters/schema";
import { notifyNewChapter } from "@/lib/notices/notify-new-chapter";
import { fail, ok, type Result } from "@/lib/result";
import { lockOwnWork } from "@/lib/works/lock-own-work";
import { refreshWorkTotals } from "@/lib/works/refresh-work-totals";

// Saves a chapter's text; `post` also posts a draft chapter of a posted work.
export async function updateChapter(
  creatorId: number,
  workId: number,
  chapterId: number,
  input: ChapterInput,
  { post }: { post: boolean },
) {
  return db.$transaction(async (tx): Promise<Result<{ id: number }>> => {
    const work = await lockOwnWork(tx, workId, creatorId);
    if (!work) return fail("not_found");
    const existing = await tx.chapter.findFirst({ where: { id: chapterId, workId }, select: { posted: true } });
    if (!existing) return fail("not_found");
    const newlyPosted = post && work.posted && !existing.posted;
    const chapter = await tx.chapter.update({
      where: { id: chapterId },
      data: { ...chapterData(input), ...(newlyPosted ? { posted: true, publishedAt: new Date() } : {}) },
      select: { id: true },
    });
    await refreshWorkTotals(tx, workId, { revised: newlyPosted });
    if (newlyPosted) await notifyNewChapter(tx, workId, chapterId, creatorId);
    return ok(chapter);
  });
}
