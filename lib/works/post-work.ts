import "server-only";
import { db } from "@/lib/db";
import { chapterData } from "@/lib/chapters/chapter-text";
import { notifyNewWork } from "@/lib/notices/notify-new-work";
import { adjustTagUses, findOrCreateTags } from "@/lib/tags/find-or-create-tags";
import type { PostWorkInput } from "@/lib/works/schema";
import { workFields } from "@/lib/works/work-fields";
import { workTagRequests } from "@/lib/works/work-tag-requests";

// Creates a work with its first chapter and tags in one transaction. Text is sanitised here, the
// only way in, so nothing unsanitised is ever stored.
export async function postWork(creatorId: number, input: PostWorkInput, { draft }: { draft: boolean }) {
  const chapter = chapterData(input);
  const posted = !draft;
  const publishedAt = posted ? (input.publishedAt ?? new Date()) : null;
  return db.$transaction(async (tx) => {
    const tags = await findOrCreateTags(tx, workTagRequests(input));
    const work = await tx.work.create({
      data: {
        creatorId,
        ...workFields(input),
        postedChapters: posted ? 1 : 0,
        complete: posted && input.expectedChapters === 1,
        wordCount: chapter.wordCount,
        posted,
        publishedAt,
        revisedAt: publishedAt ?? new Date(),
        chapters: { create: { position: 1, ...chapter, posted, publishedAt } },
        tags: { createMany: { data: tags.map((tag) => ({ tagId: tag.id })) } },
      },
      select: { id: true },
    });
    if (posted) {
      await adjustTagUses(tx, tags.map((tag) => tag.id), 1);
      await notifyNewWork(tx, work.id, creatorId);
    }
    return work;
  });
}
