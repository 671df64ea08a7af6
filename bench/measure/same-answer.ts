// Whether two listings gave the same answer (verified once per query before timing): the same
// works in the same order with the same blurbs, the same total and hidden count, the same
// sidebar counts. Answers "same" or what differs first.
import { isDeepStrictEqual } from "node:util";
import type { FolioAnswer } from "./folio-listing";

export function compareAnswers(folio: FolioAnswer, sql: FolioAnswer): string {
  if (!isDeepStrictEqual(folio.ids, sql.ids)) return `different works: Folio [${folio.ids.slice(0, 5).join(", ")}…], SQL [${sql.ids.slice(0, 5).join(", ")}…]`;
  if (folio.total !== sql.total) return `different totals: Folio ${folio.total}, SQL ${sql.total}`;
  if (folio.hidden !== sql.hidden) return `different hidden counts: Folio ${folio.hidden}, SQL ${sql.hidden}`;
  if (!isDeepStrictEqual(folio.facets, sql.facets)) {
    const onlyFolio = folio.facets.filter((facet) => !sql.facets.includes(facet));
    const onlySql = sql.facets.filter((facet) => !folio.facets.includes(facet));
    return `different sidebar counts: Folio only [${onlyFolio.slice(0, 3).join("; ")}], SQL only [${onlySql.slice(0, 3).join("; ")}]`;
  }
  const blurb = folio.blurbs.findIndex((work, index) => !isDeepStrictEqual(work, sql.blurbs[index]));
  if (blurb >= 0) return `different blurb for work ${folio.blurbs[blurb]!.id}`;
  return "same";
}
