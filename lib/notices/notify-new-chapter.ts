import "server-only";
import type { Transaction } from "@/lib/db";

// Fans a new chapter out to the work's subscribers in one statement, in the posting transaction:
// the chapter and its notices appear together or not at all.
export async function notifyNewChapter(tx: Transaction, workId: number, chapterId: number, creatorId: number) {
  await tx.$executeRaw`
    INSERT INTO notices (user_id, kind, work_id, chapter_id)
    SELECT subscriber_id, 'NEW_CHAPTER'::"NoticeKind", ${workId}, ${chapterId}
    FROM subscriptions WHERE work_id = ${workId} AND subscriber_id <> ${creatorId}`;
}
