import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listedWorksWhere } from "@/lib/works/visibility";

// "Part N of <series>" with the nearest earlier and later parts this viewer may see (drafts
// never; restricted ones only when logged in). N counts the posted parts up to this one, so a
// draft or a deleted work leaves no hole in the numbering.
export async function getSeriesPlace(workId: number, viewer: Viewer | null) {
  const link = await db.seriesWork.findUnique({
    where: { workId },
    select: { seriesId: true, position: true, series: { select: { id: true, title: true } } },
  });
  if (!link) return null;
  const { seriesId, position } = link;
  const visible = listedWorksWhere(viewer);
  const [earlierPosted, previous, next] = await Promise.all([
    db.seriesWork.count({ where: { seriesId, position: { lt: position }, work: { posted: true } } }),
    db.seriesWork.findFirst({ where: { seriesId, position: { lt: position }, work: visible }, orderBy: { position: "desc" }, select: { workId: true } }),
    db.seriesWork.findFirst({ where: { seriesId, position: { gt: position }, work: visible }, orderBy: { position: "asc" }, select: { workId: true } }),
  ]);
  return {
    series: link.series,
    part: earlierPosted + 1,
    previousWorkId: previous?.workId ?? null,
    nextWorkId: next?.workId ?? null,
  };
}

export type SeriesPlace = NonNullable<Awaited<ReturnType<typeof getSeriesPlace>>>;
