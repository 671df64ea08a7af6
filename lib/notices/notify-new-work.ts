import "server-only";
import type { Transaction } from "@/lib/db";

// Tells everyone subscribed to any of the work's creators about a newly posted work, in the
// posting transaction; also when a co-creator joins a posted work (it is new on their profile).
// Each subscriber hears once per work, and a creator never hears of their own work.
export async function notifyNewWork(tx: Transaction, workId: number) {
  await tx.$executeRaw`
    INSERT INTO notices (user_id, kind, work_id)
    SELECT DISTINCT s.subscriber_id, 'NEW_WORK'::"NoticeKind", ${workId}::int
    FROM subscriptions s
    JOIN creatorships c ON c.user_id = s.subscribed_creator_id AND c.work_id = ${workId} AND c.status = 'ACCEPTED'
    WHERE NOT EXISTS (SELECT 1 FROM creatorships me WHERE me.work_id = ${workId} AND me.user_id = s.subscriber_id AND me.status = 'ACCEPTED')
      AND NOT EXISTS (SELECT 1 FROM notices n WHERE n.user_id = s.subscriber_id AND n.work_id = ${workId} AND n.kind = 'NEW_WORK')`;
}
