import "server-only";
import type { Transaction } from "@/lib/db";

// Tells everyone subscribed to the creator about a newly posted work, in the posting transaction.
export async function notifyNewWork(tx: Transaction, workId: number, creatorId: number) {
  await tx.$executeRaw`
    INSERT INTO notices (user_id, kind, work_id)
    SELECT subscriber_id, 'NEW_WORK'::"NoticeKind", ${workId}
    FROM subscriptions WHERE subscribed_creator_id = ${creatorId}`;
}
