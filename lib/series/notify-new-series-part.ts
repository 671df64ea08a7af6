import "server-only";
import type { Transaction } from "@/lib/db";

// Tells the series' subscribers about a new part, in the transaction that placed or posted it.
export async function notifyNewSeriesPart(tx: Transaction, seriesId: number, workId: number, creatorId: number) {
  await tx.$executeRaw`
    INSERT INTO notices (user_id, kind, work_id, series_id)
    SELECT subscriber_id, 'NEW_SERIES_PART'::"NoticeKind", ${workId}, ${seriesId}
    FROM subscriptions WHERE series_id = ${seriesId} AND subscriber_id <> ${creatorId}`;
}
