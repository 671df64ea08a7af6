import "server-only";
import { db } from "@/lib/db";

// The titles the posting form offers under "Series", most recently added to first.
export async function listOwnSeriesTitles(creatorId: number) {
  const series = await db.series.findMany({
    where: { creatorId },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { title: true },
  });
  return series.map((one) => one.title);
}

// The edit form's starting "Series": the title of the work's series, or "".
export async function seriesFormValue(workId: number, creatorId: number) {
  const link = await db.seriesWork.findFirst({ where: { workId, work: { creatorId } }, select: { series: { select: { title: true } } } });
  return link?.series.title ?? "";
}

// The series' own fields for its edit page; null for anyone but its creator.
export function getOwnSeries(id: number, creatorId: number) {
  return db.series.findFirst({ where: { id, creatorId }, select: { id: true, title: true, summary: true, notes: true, complete: true } });
}
