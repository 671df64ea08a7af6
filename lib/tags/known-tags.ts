import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { readableWorksSql } from "@/lib/works/visibility";

export type TagViewer = { id: number } | null;

// A viewer knows a tag only through a work they may open: a listed work, or one of their own
// (drafts included). A tag used only on drafts, on restricted works (for guests) or on bookmarks
// is unknown to them. Written for a big archive: from work_tags' (tag_id, work_id) index to the
// works' primary key, stopping at the first readable work, which for a used tag comes at once.
export function usedByReadableWork(tagIds: Prisma.Sql, viewer: TagViewer) {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM work_tags wt JOIN works w ON w.id = wt.work_id
    WHERE wt.tag_id = ${tagIds} AND ${readableWorksSql(viewer)})`;
}

// For a tag page: does any of these ids (a tag with its synonyms) tag a work the viewer may open?
export async function isTagKnown(tagIds: number[], viewer: TagViewer): Promise<boolean> {
  const [row] = await db.$queryRaw<[{ known: boolean }]>`
    SELECT ${usedByReadableWork(Prisma.sql`ANY(${tagIds}::int[])`, viewer)} AS known`;
  return row.known;
}
