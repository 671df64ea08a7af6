// Tags: fandoms, their characters and relationships, additional tags, and synonyms. Ratings,
// warnings and categories are the archive tags the migrations made (never created here).
// Canonical like AO3's wrangled tags, except the long tail of additional tags past the 2,000 most
// used, which stay unwrangled. A synonym has its canonical tag's type and points at it, as the
// tags_check_synonym trigger demands (the trigger is skipped during the load; the rules hold).
import type { Shape } from "./shape";

export function tagsSql(shape: Shape) {
  const { fandomBase: F0, characterBase: C0, relationshipBase: R0, freeformBase: FF0, synonymOffset: S } = shape;
  const C = shape.charactersPerFandom;
  const R = shape.relationshipsPerFandom;
  return `
    INSERT INTO tags (id, name, type, canonical)
    SELECT ${F0} + f, bench_seed.fandom_name(f), 'FANDOM', true FROM generate_series(1, ${shape.fandoms}) f;

    INSERT INTO tags (id, name, type, canonical)
    SELECT ${C0} + (f - 1) * ${C} + c, bench_seed.character_name(f, c), 'CHARACTER', true
    FROM generate_series(1, ${shape.fandoms}) f, generate_series(1, ${C}) c;

    -- Relationship r of a fandom: pair (r-1)/2 of its first characters (a < b, enumerated (1,2),
    -- (1,3), (2,3), (1,4)…), as romance "A/B" for odd r and friendship "A & B" for even r; the
    -- names are read back from the character rows (cheaper than spelling them twice).
    INSERT INTO tags (id, name, type, canonical)
    SELECT ${R0} + (f - 1) * ${R} + r, a.name || CASE WHEN r % 2 = 1 THEN '/' ELSE ' & ' END || b.name, 'RELATIONSHIP', true
    FROM generate_series(1, ${shape.fandoms}) f CROSS JOIN generate_series(1, ${R}) r
    JOIN tags a ON a.id = ${C0} + (f - 1) * ${C} + bench_seed.pair_a((r - 1) / 2) + 1
    JOIN tags b ON b.id = ${C0} + (f - 1) * ${C} + bench_seed.pair_b((r - 1) / 2) + 1;

    INSERT INTO tags (id, name, type, canonical)
    SELECT ${FF0} + k, bench_seed.freeform_name(k), 'FREEFORM', k <= 2000 FROM generate_series(1, ${shape.freeforms}) k;

    INSERT INTO tags (id, name, type, canonical, synonym_of_id)
    SELECT t.id + ${S},
           CASE t.type
             WHEN 'FANDOM' THEN bench_seed.fandom_words(t.id - ${F0})
             WHEN 'CHARACTER' THEN bench_seed.first_name(t.id - ${C0} - 1) || ' (' || bench_seed.fandom_name((t.id - ${C0} - 1) / ${C} + 1) || ')'
             -- "B/A" for "A/B" (character names hold neither "/" nor " & ").
             WHEN 'RELATIONSHIP' THEN CASE WHEN strpos(t.name, '/') > 0 THEN split_part(t.name, '/', 2) || '/' || split_part(t.name, '/', 1)
                                           ELSE split_part(t.name, ' & ', 2) || ' & ' || split_part(t.name, ' & ', 1) END
             ELSE t.name || ' - Freeform'
           END,
           t.type, false, t.id
    FROM tags t WHERE t.id >= ${F0} AND bench_seed.has_synonym(t.id);`;
}
