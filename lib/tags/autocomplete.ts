import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { TagType } from "@/lib/generated/prisma/enums";
import { usedByReadableWork, type TagViewer } from "@/lib/tags/known-tags";

export const AUTOCOMPLETE_LIMIT = 10;

// "ANY" suggests tags of every type (the preferences' "Tags to always exclude").
export type AutocompleteType = TagType | "ANY";

export function isAutocompleteType(value: string): value is AutocompleteType {
  return value === "ANY" || Object.values(TagType).includes(value as TagType);
}

function startsWithPattern(typed: string) {
  return `${typed.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

// Tags of one type whose name starts with what was typed, most used first, among the tags the
// viewer knows. Synonyms are offered too (a writer may prefer "Spuffy"); the filter treats them
// as their canonical tag. The (type, uses_count) index gives the order; the EXISTS stops early.
export async function autocompleteTags(type: AutocompleteType, typed: string, viewer: TagViewer): Promise<{ name: string }[]> {
  const prefix = typed.trim().toLowerCase();
  if (!prefix) return [];
  // Names only: usage counts include restricted works, which guests must not learn about.
  return db.$queryRaw<{ name: string }[]>`
    SELECT t.name FROM tags t
    WHERE ${type === "ANY" ? Prisma.sql`TRUE` : Prisma.sql`t.type = ${type}::"TagType"`} AND t.name_key LIKE ${startsWithPattern(prefix)}
      AND ${usedByReadableWork(Prisma.sql`t.id`, viewer)}
    ORDER BY t.uses_count DESC, t.name_key ASC
    LIMIT ${AUTOCOMPLETE_LIMIT}`;
}
