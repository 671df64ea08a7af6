import "server-only";
import { db } from "@/lib/db";
import { ok, type Result } from "@/lib/result";

// "Clear" on one entry of the history, or "Clear History" for all of it (marks for later stay
// marked unless they are cleared one by one, as on AO3).
export async function clearReading(userId: number, workId: number): Promise<Result<null>> {
  await db.reading.deleteMany({ where: { userId, workId } });
  return ok(null);
}

export async function clearHistory(userId: number): Promise<Result<null>> {
  await db.$transaction([
    db.reading.deleteMany({ where: { userId, toRead: false } }),
    db.reading.updateMany({ where: { userId, toRead: true }, data: { lastReadAt: null, chapterId: null, position: 0, views: 0 } }),
  ]);
  return ok(null);
}
