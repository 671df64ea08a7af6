import "server-only";
import { db } from "@/lib/db";
import { TagType } from "@/lib/generated/prisma/enums";

export const AUTOCOMPLETE_LIMIT = 10;

export function isTagType(value: string): value is TagType {
  return Object.values(TagType).includes(value as TagType);
}

// Tags of one type whose name starts with what was typed, most used first. Synonyms are offered
// too (a writer may prefer "Spuffy"); the filter treats them as their canonical tag.
export function autocompleteTags(type: TagType, typed: string) {
  const prefix = typed.trim().toLowerCase();
  if (!prefix) return Promise.resolve([]);
  return db.tag.findMany({
    where: { type, nameKey: { startsWith: prefix } },
    orderBy: [{ usesCount: "desc" }, { nameKey: "asc" }],
    take: AUTOCOMPLETE_LIMIT,
    // Names only: usage counts include restricted works, which guests must not learn about.
    select: { name: true },
  });
}
