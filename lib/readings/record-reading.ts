import "server-only";
import { db } from "@/lib/db";

// One statement, run after the page has been sent (lib/hits/count-view.ts): the work goes to the
// top of the reader's history with the chapter being read. The place in the chapter is kept when
// the same chapter is opened again (a "Continue reading" link), and starts over on another one.
export async function recordReading(userId: number, workId: number, chapterId: number | null) {
  await db.$executeRaw`
    INSERT INTO readings (user_id, work_id, chapter_id, views, last_read_at)
    VALUES (${userId}, ${workId}, ${chapterId}, 1, now() AT TIME ZONE 'UTC')
    ON CONFLICT (user_id, work_id) DO UPDATE SET
      position = CASE WHEN readings.chapter_id IS NOT DISTINCT FROM EXCLUDED.chapter_id THEN readings.position ELSE 0 END,
      chapter_id = EXCLUDED.chapter_id,
      views = readings.views + 1,
      last_read_at = EXCLUDED.last_read_at`;
}
