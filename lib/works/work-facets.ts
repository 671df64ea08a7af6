import "server-only";
import type { Transaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TagType } from "@/lib/generated/prisma/enums";

export const FACET_TAGS_PER_TYPE = 10;

export type TagFacet = { type: TagType; name: string; count: number };

// The sidebar's "The Hobbit (2)": for each tag type, the most used tags among all works that
// match the filter, synonyms counted as their canonical tag.
export function workFacets(tx: Transaction, condition: Prisma.Sql): Promise<TagFacet[]> {
  return tx.$queryRaw<TagFacet[]>`
    SELECT type, name, count FROM (
      SELECT f.type, f.name, f.count,
             row_number() OVER (PARTITION BY f.type ORDER BY f.count DESC, f.name) AS rank
      FROM (
        SELECT coalesce(c.type, t.type)::text AS type, coalesce(c.name, t.name) AS name,
               count(DISTINCT w.id)::int AS count
        FROM works w
        JOIN work_tags wt ON wt.work_id = w.id
        JOIN tags t ON t.id = wt.tag_id
        LEFT JOIN tags c ON c.id = t.synonym_of_id
        WHERE ${condition}
        GROUP BY 1, 2
      ) f
    ) ranked
    WHERE rank <= ${FACET_TAGS_PER_TYPE}
    ORDER BY type, count DESC, name`;
}
