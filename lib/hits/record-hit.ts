import "server-only";
import { db } from "@/lib/db";

// One hit per visitor per work per day (AO3). The insert that wins the (work, day, visitor) key
// is the one that counts, in the same statement, so concurrent views count once.
export async function recordHit(workId: number, visitorKey: string, day = new Date()) {
  const date = day.toISOString().slice(0, 10);
  await db.$executeRaw`
    WITH counted AS (
      INSERT INTO work_hits (work_id, day, visitor_key) VALUES (${workId}, ${date}::date, ${visitorKey})
      ON CONFLICT DO NOTHING RETURNING work_id
    )
    UPDATE works SET hits_count = hits_count + 1 WHERE id IN (SELECT work_id FROM counted)`;
}
