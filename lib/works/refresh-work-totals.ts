import "server-only";
import type { Transaction } from "@/lib/db";

// Recomputes a work's chapter count, word count and completion from its chapters, inside the
// transaction that changed them. Readers count posted chapters; a draft work counts them all,
// so its creator sees the size of what they are writing. An expected total below the posted
// count is raised to it ("3/2" is never shown).
export async function refreshWorkTotals(tx: Transaction, workId: number, { revised }: { revised: boolean }) {
  await tx.$executeRaw`
    UPDATE works w SET
      posted_chapters = t.posted_chapters,
      word_count = CASE WHEN w.posted THEN t.posted_words ELSE t.all_words END,
      expected_chapters = CASE WHEN w.expected_chapters < t.posted_chapters THEN t.posted_chapters ELSE w.expected_chapters END,
      complete = w.expected_chapters IS NOT NULL AND t.posted_chapters >= w.expected_chapters,
      revised_at = CASE WHEN ${revised} THEN now() ELSE w.revised_at END,
      updated_at = now()
    FROM (
      SELECT
        count(*) FILTER (WHERE posted)::int AS posted_chapters,
        coalesce(sum(word_count) FILTER (WHERE posted), 0)::int AS posted_words,
        coalesce(sum(word_count), 0)::int AS all_words
      FROM chapters WHERE work_id = ${workId}
    ) t
    WHERE w.id = ${workId}`;
}
