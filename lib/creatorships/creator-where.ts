import { Prisma } from "@/lib/generated/prisma/client";

// "Works this user created": an accepted creatorship, never a pending invitation. The one rule
// for every creator-only read and write (editing, drafts, moderation, profiles).
export function createdByWhere(userId: number): Prisma.WorkWhereInput {
  return { creatorships: { some: { userId, status: "ACCEPTED" } } };
}

// The same rule as SQL on `works w`.
export function createdBySql(userId: number): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM creatorships c WHERE c.work_id = w.id AND c.user_id = ${userId} AND c.status = 'ACCEPTED')`;
}

// Accepted creators in byline order: the first creator, then co-creators as they joined.
export const bylineSelect = {
  where: { status: "ACCEPTED" },
  orderBy: [{ acceptedAt: "asc" }, { id: "asc" }],
  select: { userId: true, user: { select: { username: true } } },
} satisfies Prisma.Work$creatorshipsArgs;
