import "server-only";
import { db } from "@/lib/db";

export function findTagForEdit(name: string) {
  return db.tag.findUnique({
    where: { nameKey: name.trim().toLowerCase() },
    select: {
      id: true,
      name: true,
      type: true,
      canonical: true,
      usesCount: true,
      synonymOf: { select: { name: true } },
      synonyms: { select: { name: true }, orderBy: { name: "asc" } },
    },
  });
}
