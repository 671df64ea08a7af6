import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { hidingCondition } from "@/lib/preferences/hiding-condition";
import type { Preferences } from "@/lib/preferences/options";

// For a list that is read whole rather than paged (a series' parts): which of these works the
// reader's preferences hide, by the same SQL condition the paged listings use.
export async function worksHiddenAmong(workIds: number[], preferences: Preferences, viewer: Viewer | null): Promise<Set<number>> {
  if (workIds.length === 0) return new Set();
  const hiding = await hidingCondition(preferences, viewer);
  if (!hiding) return new Set();
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT w.id FROM works w WHERE w.id = ANY(${workIds}::int[]) AND NOT (${hiding})`;
  return new Set(rows.map((row) => row.id));
}
