import { Prisma } from "@/lib/generated/prisma/client";

// Prisma reports a unique violation as P2002 with the constraint's fields (or, through the pg
// adapter, sometimes only the index name in the message).
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  if (!field) return true;
  const target = JSON.stringify(error.meta ?? {}) + error.message;
  return target.includes(field);
}
