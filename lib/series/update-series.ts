import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, type Result } from "@/lib/result";
import type { EditSeriesInput } from "@/lib/series/schema";
import { formatUserText } from "@/lib/text/format-user-text";

// The creator edits the series' title, summary, notes and "complete" state; anyone else gets 404.
export async function updateSeries(creatorId: number, seriesId: number, input: EditSeriesInput): Promise<Result<{ id: number }>> {
  try {
    const { count } = await db.series.updateMany({
      where: { id: seriesId, creatorId },
      data: {
        title: input.title,
        summary: formatUserText(input.summary),
        notes: formatUserText(input.notes),
        complete: input.complete,
      },
    });
    if (count === 0) return fail("not_found");
  } catch (error) {
    if (isUniqueViolation(error)) return fail("series_title_taken", { field: "title" });
    throw error;
  }
  return ok({ id: seriesId });
}
