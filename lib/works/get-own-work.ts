import "server-only";
import { db } from "@/lib/db";
import { chapterTextSelect } from "@/lib/works/get-work";
import { createdByWhere } from "@/lib/creatorships/creator-where";

// A work of this creator (or co-creator) with everything its edit and manage pages need; null for anyone else.
export function getOwnWork(id: number, creatorId: number) {
  return db.work.findFirst({
    where: { id, ...createdByWhere(creatorId) },
    select: {
      id: true,
      title: true,
      summary: true,
      notesBegin: true,
      notesEnd: true,
      language: true,
      restricted: true,
      commentPermission: true,
      moderateComments: true,
      expectedChapters: true,
      posted: true,
      publishedAt: true,
      tags: { select: { tag: { select: { name: true, type: true } } } },
      chapters: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, title: true, posted: true, wordCount: true },
      },
    },
  });
}

export type OwnWork = NonNullable<Awaited<ReturnType<typeof getOwnWork>>>;

export function getOwnChapter(workId: number, chapterId: number, creatorId: number) {
  return db.chapter.findFirst({
    where: { id: chapterId, workId, work: createdByWhere(creatorId) },
    select: {
      ...chapterTextSelect,
      work: { select: { id: true, title: true, posted: true, _count: { select: { chapters: true } } } },
    },
  });
}
