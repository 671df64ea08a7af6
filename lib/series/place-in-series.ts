import "server-only";
import type { Transaction } from "@/lib/db";
import { notifyNewSeriesPart } from "@/lib/series/notify-new-series-part";

type Placement = {
  workId: number;
  creatorId: number;
  // The form's "Series" ("" = in no series).
  title: string;
  // Whether readers can see the work after this save, and whether this save is what posts it.
  posted: boolean;
  postingNow: boolean;
};

// Puts the work in the creator's series of that title (made if new) as its next part, in the
// posting or editing transaction; "" takes it out of its series. The series row is locked while
// the next position is taken, so concurrent additions to one series get distinct positions.
// Subscribers hear of a part when readers can first see it in the series.
export async function placeInSeries(tx: Transaction, { workId, creatorId, title, posted, postingNow }: Placement) {
  const current = await tx.seriesWork.findUnique({ where: { workId }, select: { seriesId: true, series: { select: { titleKey: true } } } });
  if (current && current.series.titleKey === title.toLowerCase()) {
    if (postingNow) await notifyNewSeriesPart(tx, current.seriesId, workId, creatorId);
    return;
  }
  // A series left empty is removed by a trigger (migration 20261126120000_series), as AO3 does.
  if (current) await tx.seriesWork.delete({ where: { workId } });
  if (!title) return;
  const series = await lockSeriesNamed(tx, creatorId, title);
  await tx.$executeRaw`
    INSERT INTO series_works (work_id, series_id, position)
    SELECT ${workId}, ${series.id}, coalesce(max(position), 0) + 1 FROM series_works WHERE series_id = ${series.id}`;
  await tx.series.update({ where: { id: series.id }, data: { updatedAt: new Date() } });
  if (posted) await notifyNewSeriesPart(tx, series.id, workId, creatorId);
}

// Made if missing, then locked. A series found by the insert's conflict may be deleted (its last
// work left) before the lock is granted; then it is made again.
async function lockSeriesNamed(tx: Transaction, creatorId: number, title: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await tx.$executeRaw`
      INSERT INTO series (creator_id, title) VALUES (${creatorId}, ${title})
      ON CONFLICT (creator_id, title_key) DO NOTHING`;
    const [series] = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM series WHERE creator_id = ${creatorId} AND title_key = lower(${title}) FOR UPDATE`;
    if (series) return series;
  }
  throw new Error("The series could not be made or found.");
}
