import { Prisma } from "@/lib/generated/prisma/client";

// Works one of whose creators the viewer has muted, left out of a listing as a condition on
// `works w`, so the page, its count and its facets all leave them out (never filtered after the
// page is read). Takes the muted ids (at most MUTED_USERS_MAX) rather than the viewer: readers
// who mute nobody then share one listing condition, and so its cached counts.
export function notMutedCreatorSql(mutedIds: ReadonlySet<number>): Prisma.Sql {
  if (mutedIds.size === 0) return Prisma.sql`TRUE`;
  return Prisma.sql`NOT EXISTS (
    SELECT 1 FROM creatorships c
    WHERE c.work_id = w.id AND c.status = 'ACCEPTED' AND c.user_id = ANY(${[...mutedIds].sort((a, b) => a - b)}::int[]))`;
}

// The same rule for Prisma queries about a user (a bookmarker, a work's creator).
export function notMutedByWhere(viewer: { id: number } | null): Prisma.UserWhereInput {
  return viewer ? { mutedBy: { none: { muterId: viewer.id } } } : {};
}
