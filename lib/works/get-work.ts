import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { workBlurbSelect } from "@/lib/works/blurb-select";
import { readableWorksWhere } from "@/lib/works/visibility";
import { createdByWhere } from "@/lib/creatorships/creator-where";

export const chapterTextSelect = {
  id: true,
  position: true,
  title: true,
  summary: true,
  notesBegin: true,
  notesEnd: true,
  body: true,
  posted: true,
} as const;

// A work as its reader may see it, or null (missing and forbidden look the same). Readers see
// posted chapters only; its creators also see drafts. `chapterIds` limits which texts load:
// the chapter index needs every title but only the shown chapters' bodies.
// Cached per request (React `cache`): generateMetadata and the page both ask for the work, and
// the viewer is the same object for both (getCurrentUser is cached too), so it is read once.
export const getReadableWork = cache(async (id: number, viewer: Viewer | null) => {
  const work = await db.work.findFirst({
    where: { AND: [{ id }, readableWorksWhere(viewer)] },
    select: {
      ...workBlurbSelect,
      creatorId: true,
      notesBegin: true,
      notesEnd: true,
      commentPermission: true,
      chapters: {
        where: viewer ? { OR: [{ posted: true }, { work: createdByWhere(viewer.id) }] } : { posted: true },
        orderBy: { position: "asc" },
        select: { id: true, position: true, title: true, posted: true },
      },
    },
  });
  if (!work || work.chapters.length === 0) return null;
  return { ...work, isCreator: work.creatorships.some((creator) => creator.userId === viewer?.id) };
});

export type ReadableWork = NonNullable<Awaited<ReturnType<typeof getReadableWork>>>;

export function getChapterTexts(workId: number, chapterIds: number[]) {
  return db.chapter.findMany({
    where: { workId, id: { in: chapterIds } },
    orderBy: { position: "asc" },
    select: chapterTextSelect,
  });
}

export type ChapterText = Awaited<ReturnType<typeof getChapterTexts>>[number];
