import "server-only";
import { db } from "@/lib/db";

// For each tag name, the ids that count as that tag when filtering: its canonical tag and every
// synonym of it ("Spuffy" finds works tagged "Buffy Summers/Spike" and vice versa). A name that
// matches no tag maps to an empty list.
export async function resolveFilterTags(names: string[]): Promise<number[][]> {
  if (names.length === 0) return [];
  const keys = names.map((name) => name.toLowerCase());
  const synonymIds = { select: { id: true } } as const;
  const tags = await db.tag.findMany({
    where: { nameKey: { in: keys } },
    select: {
      nameKey: true,
      id: true,
      synonyms: synonymIds,
      synonymOf: { select: { id: true, synonyms: synonymIds } },
    },
  });
  const byKey = new Map(tags.map((tag) => [tag.nameKey, tag]));
  return keys.map((key) => {
    const tag = byKey.get(key);
    if (!tag) return [];
    const canonical = tag.synonymOf ?? tag;
    return [canonical.id, ...canonical.synonyms.map((synonym) => synonym.id)];
  });
}
