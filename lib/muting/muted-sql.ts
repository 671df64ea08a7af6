import { Prisma } from "@/lib/generated/prisma/client";

// Works one of whose creators the viewer has muted, left out of a listing as a condition on
// `works w`, so the page, its count and its facets all leave them out (never filtered after the
// page is read). Guests mute nobody.
export function notMutedCreatorSql(viewer: { id: number } | null): Prisma.Sql {
  if (!viewer) return Prisma.sql`TRUE`;
  return Prisma.sql`NOT EXISTS (
    SELECT 1 FROM mutes m JOIN creatorships c ON c.user_id = m.muted_id AND c.work_id = w.id AND c.status = 'ACCEPTED'
    WHERE m.muter_id = ${viewer.id})`;
}

// The same rule for Prisma queries about a user (a bookmarker, a work's creator).
export function notMutedByWhere(viewer: { id: number } | null): Prisma.UserWhereInput {
  return viewer ? { mutedBy: { none: { muterId: viewer.id } } } : {};
}
