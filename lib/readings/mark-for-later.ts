import "server-only";
import { db } from "@/lib/db";
import { ok, fail, type Result } from "@/lib/result";
import { readableWorksSql } from "@/lib/works/visibility";

// AO3's "Mark for Later" and "Mark as Read". Marking needs a work the reader may open; unmarking
// a work never read removes it from the history altogether. One statement each.
export async function setMarkedForLater(viewer: { id: number }, workId: number, marked: boolean): Promise<Result<null>> {
  if (marked) {
    const changed = await db.$executeRaw`
      INSERT INTO readings (user_id, work_id, to_read, marked_at)
      SELECT ${viewer.id}, w.id, true, now() AT TIME ZONE 'UTC' FROM works w WHERE w.id = ${workId} AND ${readableWorksSql(viewer)}
      ON CONFLICT (user_id, work_id) DO UPDATE SET to_read = true, marked_at = EXCLUDED.marked_at`;
    return changed === 0 ? fail("not_found") : ok(null);
  }
  await db.$executeRaw`
    WITH unmarked AS (
      UPDATE readings SET to_read = false, marked_at = NULL
      WHERE user_id = ${viewer.id} AND work_id = ${workId} AND last_read_at IS NOT NULL
    )
    DELETE FROM readings WHERE user_id = ${viewer.id} AND work_id = ${workId} AND last_read_at IS NULL`;
  return ok(null);
}
