import "server-only";
import { db } from "@/lib/db";

// The reader's history row for one work, for its page's "Continue reading" and "Mark for Later".
export async function getReading(userId: number, workId: number) {
  return db.reading.findUnique({
    where: { userId_workId: { userId, workId } },
    select: { chapterId: true, position: true, toRead: true, lastReadAt: true, chapter: { select: { position: true, posted: true } } },
  });
}
