import "server-only";
import { db } from "@/lib/db";

// One statement, run after the page has been sent (lib/hits/count-view.ts): the work goes to the
// top of the reader's history with the chapter being read. The place in the chapter is kept when
// the same chapter is opened again (a "Continue reading" link), and starts over on another one.
// `movesPlace: false` (a multi-chapter work's own page, which opens on chapter 1 or the whole work)
// keeps the chapter already recorded: coming back to a work must not forget where one was.
export async function recordReading(userId: number, workId: number, chapterId: number | null, { movesPlace = true } = {}) {
  await db.$executeRaw`
    INSERT INTO readings (user_id, work_id, chapter_id, views, last_read_at)
    VALUES (${userId}, ${workId}, ${chapterId}, 1, now() AT TIME ZONE 'UTC')
    ON CONFLICT (user_id, work_id) DO UPDATE SET
      position = CASE
        WHEN NOT ${movesPlace} AND readings.chapter_id IS NOT NULL THEN readings.position
        WHEN readings.chapter_id IS NOT DISTINCT FROM EXCLUDED.chapter_id THEN readings.position
        ELSE 0 END,
      chapter_id = CASE WHEN NOT ${movesPlace} AND readings.chapter_id IS NOT NULL THEN readings.chapter_id ELSE EXCLUDED.chapter_id END,
      views = readings.views + 1,
      last_read_at = EXCLUDED.last_read_at`;
}
