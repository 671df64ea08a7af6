import type { Prisma } from "@/lib/generated/prisma/client";

// Which works a viewer may see in listings: posted ones, and restricted ones only when logged in.
// Part of every listing's where clause, never checked after fetching. (The SQL listings in
// work-filter-sql.ts state the same rule.)
export function listedWorksWhere(viewer: { id: number } | null): Prisma.WorkWhereInput {
  return viewer ? { posted: true } : { posted: true, restricted: false };
}

// Which works a viewer may open: what they may list, plus their own drafts.
export function readableWorksWhere(viewer: { id: number } | null): Prisma.WorkWhereInput {
  return viewer ? { OR: [{ posted: true }, { creatorId: viewer.id }] } : { posted: true, restricted: false };
}
