import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Preferences } from "@/lib/preferences/options";
import { lookUpTags } from "@/lib/tags/lookup-tags";
import { hasAnyTag } from "@/lib/works/work-filter-sql";

const { sql, join } = Prisma;

// What the reader's preferences hide, as one SQL condition on `works w` that a listing ANDs into
// its filter — so pages stay full and counts right. Excluded tags take their synonyms with them
// (as the filter's exclude does); hiding read, kudosed or bookmarked works needs an account.
// Null when nothing is hidden.
export async function hidingCondition(preferences: Preferences, viewer: Viewer | null): Promise<Prisma.Sql | null> {
  const conditions: Prisma.Sql[] = [];
  if (preferences.excludedTags.length > 0) {
    const ids = (await lookUpTags(preferences.excludedTags)).flatMap((tag) => tag?.filterIds ?? []);
    if (ids.length > 0) {
      conditions.push(sql`NOT ${hasAnyTag(ids)}`);
    }
  }
  if (viewer) {
    if (preferences.hideRead) {
      conditions.push(sql`NOT EXISTS (SELECT 1 FROM readings r WHERE r.user_id = ${viewer.id} AND r.work_id = w.id AND r.last_read_at IS NOT NULL)`);
    }
    if (preferences.hideKudosed) {
      conditions.push(sql`NOT EXISTS (SELECT 1 FROM kudos k WHERE k.work_id = w.id AND k.user_id = ${viewer.id})`);
    }
    if (preferences.hideBookmarked) {
      conditions.push(sql`NOT EXISTS (SELECT 1 FROM bookmarks b WHERE b.work_id = w.id AND b.user_id = ${viewer.id})`);
    }
  }
  return conditions.length > 0 ? join(conditions, " AND ") : null;
}
