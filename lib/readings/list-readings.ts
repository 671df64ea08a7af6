import "server-only";
import { db } from "@/lib/db";
import { workBlurbSelect } from "@/lib/works/blurb-select";
import { listedWorksWhere } from "@/lib/works/visibility";

export const READINGS_PER_PAGE = 20;

export type ReadingsShown = "history" | "to-read";

// The owner's history, newest first, or the works marked for later, newest mark first; only works
// they may still read (a work made a draft again drops out). Each entry has its blurb and the
// chapter last read.
export async function listReadings(viewer: { id: number }, shown: ReadingsShown, page: number) {
  const where = {
    userId: viewer.id,
    ...(shown === "to-read" ? { toRead: true } : { lastReadAt: { not: null } }),
    work: listedWorksWhere(viewer),
  };
  const [readings, total] = await Promise.all([
    db.reading.findMany({
      where,
      orderBy: shown === "to-read" ? [{ markedAt: "desc" }, { workId: "desc" }] : [{ lastReadAt: "desc" }, { workId: "desc" }],
      skip: (page - 1) * READINGS_PER_PAGE,
      take: READINGS_PER_PAGE,
      select: {
        workId: true,
        chapterId: true,
        position: true,
        views: true,
        lastReadAt: true,
        toRead: true,
        chapter: { select: { position: true, title: true, posted: true } },
        work: { select: workBlurbSelect },
      },
    }),
    db.reading.count({ where }),
  ]);
  return { readings, total, pageCount: Math.max(1, Math.ceil(total / READINGS_PER_PAGE)) };
}
