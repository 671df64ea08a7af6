import "server-only";
import { db } from "@/lib/db";

// Where the reader left the chapter (thousandths of its length), sent by the page as it is left.
// Only the chapter already in the history row moves: a stale page can't rewrite another's place.
export async function saveReadingPosition(userId: number, workId: number, chapterId: number, position: number) {
  await db.$executeRaw`
    UPDATE readings SET position = ${position}
    WHERE user_id = ${userId} AND work_id = ${workId} AND chapter_id = ${chapterId}`;
}
