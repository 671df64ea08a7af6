import "server-only";
import { db } from "@/lib/db";

// A tag by name (case-insensitive), seen through its canonical tag: a synonym's page shows the
// canonical name and the works of every synonym; `filterIds` are the ids a listing filters on.
export async function findTagWithSynonyms(name: string) {
  const tag = await db.tag.findUnique({
    where: { nameKey: name.trim().toLowerCase() },
    select: {
      id: true,
      name: true,
      type: true,
      synonyms: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      synonymOf: { select: { id: true, name: true, synonyms: { select: { id: true, name: true }, orderBy: { name: "asc" } } } },
    },
  });
  if (!tag) return null;
  const canonical = tag.synonymOf ?? tag;
  return {
    type: tag.type,
    canonicalName: canonical.name,
    synonymNames: canonical.synonyms.map((synonym) => synonym.name),
    filterIds: [canonical.id, ...canonical.synonyms.map((synonym) => synonym.id)],
  };
}
