import { Prisma } from "@/lib/generated/prisma/client";
import { createdBySql, createdByWhere } from "@/lib/creatorships/creator-where";

// Which works a viewer may see in listings: posted ones, and restricted ones only when logged in.
// Part of every listing's where clause, never checked after fetching. The SQL listings and tag
// lookups use the same rule as SQL on `works w` (below).
export function listedWorksWhere(viewer: { id: number } | null): Prisma.WorkWhereInput {
  return viewer ? { posted: true } : { posted: true, restricted: false };
}

// Which works a viewer may open: what they may list, plus drafts they are a creator of.
export function readableWorksWhere(viewer: { id: number } | null): Prisma.WorkWhereInput {
  return viewer ? { OR: [{ posted: true }, createdByWhere(viewer.id)] } : { posted: true, restricted: false };
}

export function listedWorksSql(viewer: { id: number } | null): Prisma.Sql {
  return viewer ? Prisma.sql`w.posted` : Prisma.sql`(w.posted AND NOT w.restricted)`;
}

export function readableWorksSql(viewer: { id: number } | null): Prisma.Sql {
  return viewer ? Prisma.sql`(w.posted OR ${createdBySql(viewer.id)})` : Prisma.sql`(w.posted AND NOT w.restricted)`;
}
