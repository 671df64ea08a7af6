import "server-only";
import type { Transaction } from "@/lib/db";
import type { TagType } from "@/lib/generated/prisma/enums";

export type TagRequest = { name: string; type: TagType };

const ARCHIVE_TYPES = new Set<TagType>(["RATING", "WARNING", "CATEGORY"]);

// Inserts whatever is new and skips what exists (ON CONFLICT on the case-insensitive key), so two
// writers adding the same new tag at once both succeed. An existing tag keeps its own type and
// spelling: "spike" typed by one writer is AO3's "Spike" for everyone.
export async function findOrCreateTags(tx: Transaction, requests: TagRequest[]) {
  if (requests.length === 0) return [];
  await tx.tag.createMany({
    data: requests.map(({ name, type }) => ({ name, type, canonical: ARCHIVE_TYPES.has(type) })),
    skipDuplicates: true,
  });
  return tx.tag.findMany({
    where: { nameKey: { in: requests.map(({ name }) => name.toLowerCase()) } },
    select: { id: true, name: true, type: true },
  });
}

// Usage counts drive "most used first" in autocomplete; they count posted works only.
export async function adjustTagUses(tx: Transaction, tagIds: number[], delta: 1 | -1) {
  if (tagIds.length === 0) return;
  await tx.tag.updateMany({ where: { id: { in: tagIds } }, data: { usesCount: { increment: delta } } });
}
