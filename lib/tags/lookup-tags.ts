import "server-only";
import { db, type Transaction } from "@/lib/db";

const namedSynonyms = { select: { id: true, name: true }, orderBy: { name: "asc" } } as const;

export type TagLookup = NonNullable<Awaited<ReturnType<typeof lookUpTags>>[number]>;

// The one way from typed names to tags (filters, tag pages, tag wrangling), case-insensitive, in
// one query. Each tag is also seen through its canonical tag: a synonym's page shows the
// canonical name and the works of every synonym, and `filterIds` (canonical + synonyms) are
// the ids a listing filters on ("Spuffy" finds works tagged "Buffy Summers/Spike" and vice
// versa). A name that matches no tag maps to null. Whether the viewer may know the tag is
// lib/tags/known-tags.ts's question.
export async function lookUpTags(names: string[], client: Pick<Transaction, "tag"> = db) {
  const keys = names.map((name) => name.trim().toLowerCase());
  if (keys.length === 0) return [];
  const tags = await client.tag.findMany({
    where: { nameKey: { in: [...new Set(keys)] } },
    select: {
      id: true,
      name: true,
      nameKey: true,
      type: true,
      canonical: true,
      synonymOfId: true,
      usesCount: true,
      synonyms: namedSynonyms,
      synonymOf: { select: { id: true, name: true, synonyms: namedSynonyms } },
    },
  });
  const byKey = new Map(tags.map((tag) => [tag.nameKey, tag]));
  return keys.map((key) => {
    const tag = byKey.get(key);
    if (!tag) return null;
    const canonical = tag.synonymOf ?? tag;
    return {
      id: tag.id,
      name: tag.name,
      type: tag.type,
      canonical: tag.canonical,
      synonymOfId: tag.synonymOfId,
      usesCount: tag.usesCount,
      synonymOf: tag.synonymOf && { id: tag.synonymOf.id, name: tag.synonymOf.name },
      // A synonym has no synonyms of its own (the database forbids chains).
      ownSynonyms: tag.synonyms,
      canonicalName: canonical.name,
      synonymNames: canonical.synonyms.map((synonym) => synonym.name),
      filterIds: [canonical.id, ...canonical.synonyms.map((synonym) => synonym.id)],
    };
  });
}

export async function lookUpTag(name: string, client: Pick<Transaction, "tag"> = db) {
  return (await lookUpTags([name], client))[0] ?? null;
}
