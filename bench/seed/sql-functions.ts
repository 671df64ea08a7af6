// Helper functions for the load, in a schema of their own (bench_seed) that is dropped once the
// archive is built. All are IMMUTABLE one-line SQL functions, which PostgreSQL inlines into the
// INSERT … SELECT that calls them: a million calls cost about what the expression itself costs.
import pg from "pg";
import type { Shape } from "./shape";
import { ADJECTIVES, FREEFORM_SUFFIXES, NOUNS, SYLLABLES, TROPES, WORDS } from "./vocabulary";

const textArray = (items: readonly string[]) => `ARRAY[${items.map((item) => pg.escapeLiteral(item)).join(",")}]::text[]`;

function fn(signature: string, returns: string, body: string) {
  return `CREATE FUNCTION bench_seed.${signature} RETURNS ${returns} LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$ SELECT ${body} $fn$;`;
}

export function seedFunctionsSql(shape: Shape) {
  const { fandomBase: F0, characterBase: C0, relationshipBase: R0, freeformBase: FF0, synonymOffset } = shape;
  const C = shape.charactersPerFandom;
  const R = shape.relationshipsPerFandom;
  const nFirst = SYLLABLES.length ** 2;
  return [
    "DROP SCHEMA IF EXISTS bench_seed CASCADE;",
    "CREATE SCHEMA bench_seed;",
    // A uniform number in [0, 1) from an id and a salt: the same inputs give the same archive on
    // every machine and every plan (random() would depend on row order and parallel workers).
    fn("u(id bigint, salt int)", "float8", "((hashint8extended(id, salt) >> 11) & 9007199254740991)::float8 / 9007199254740992"),
    // 1..n with P(k) ∝ log((k+1)/k) ≈ 1/k: Zipf's law with exponent 1, as tag use on AO3 roughly is.
    fn("zipf(u float8, n int)", "int", "least(n, floor(exp(u * ln(n + 1.0)))::int)"),
    fn("word(i int)", "text", `(${textArray(WORDS)})[1 + i % ${WORDS.length}]`),
    fn("syllable(i int)", "text", `(${textArray(SYLLABLES)})[1 + i % ${SYLLABLES.length}]`),
    fn("adjective(i int)", "text", `(${textArray(ADJECTIVES)})[1 + i % ${ADJECTIVES.length}]`),
    fn("noun(i int)", "text", `(${textArray(NOUNS)})[1 + i % ${NOUNS.length}]`),
    fn("trope(i int)", "text", `(${textArray(TROPES)})[1 + i % ${TROPES.length}]`),
    fn("suffix(i int)", "text", `(${textArray(FREEFORM_SUFFIXES)})[1 + i % ${FREEFORM_SUFFIXES.length}]`),

    // "The Silver Tide": (adjective, noun) from the fandom's index, one-to-one for up to 3,600.
    fn("fandom_words(f int)", "text", `bench_seed.adjective((f - 1) % 60) || ' ' || bench_seed.noun(((f - 1) / 60 + ((f - 1) % 60) * 7) % 60)`),
    fn("fandom_name(f int)", "text", "'The ' || bench_seed.fandom_words(f)"),
    // Character i (0-based over all fandoms): a first name of two syllables (a scrambled, so
    // neighbours differ) and a last name of three that is one-to-one with i / 1600 for each first
    // name, so no two characters share both.
    fn("first_index(i int)", "int", `((i % ${nFirst}) * 37 + 11) % ${nFirst}`),
    fn("last_index(i int)", "int", `((i / ${nFirst}) * 1601 + (i % ${nFirst}) * 37 + 517) % 64000`),
    fn("first_name(i int)", "text", `initcap(bench_seed.syllable(bench_seed.first_index(i)) || bench_seed.syllable(bench_seed.first_index(i) / ${SYLLABLES.length}))`),
    fn(
      "last_name(i int)",
      "text",
      `initcap(bench_seed.syllable(bench_seed.last_index(i)) || bench_seed.syllable(bench_seed.last_index(i) / 40) || bench_seed.syllable(bench_seed.last_index(i) / 1600))`,
    ),
    fn("character_name(f int, c int)", "text", `bench_seed.first_name((f - 1) * ${C} + c - 1) || ' ' || bench_seed.last_name((f - 1) * ${C} + c - 1)`),
    // Pair p of a fandom's characters, 0-based: (a, b) = (0,1), (0,2), (1,2), (0,3)…
    fn("pair_b(p int)", "int", "floor((1 + sqrt(1 + 8 * p)) / 2)::int"),
    fn("pair_a(p int)", "int", "p - bench_seed.pair_b(p) * (bench_seed.pair_b(p) - 1) / 2"),
    // Additional tag k: AO3's common tropes first, then "silver tide feelings" and the like.
    fn(
      "freeform_name(k int)",
      "text",
      `CASE WHEN k <= ${TROPES.length} THEN bench_seed.trope(k - 1)
       ELSE lower(bench_seed.adjective((k - ${TROPES.length + 1}) % 60)) || ' '
         || lower(bench_seed.noun((((k - ${TROPES.length + 1}) / 60) % 60 + ((k - ${TROPES.length + 1}) % 60) * 7) % 60)) || ' '
         || bench_seed.suffix((k - ${TROPES.length + 1}) / 3600) END`,
    ),

    // Which canonical tags have a synonym (id + synonymOffset): the 200 biggest fandoms ("Silver
    // Tide" for "The Silver Tide"), the two main characters of 30% of fandoms (first name and
    // fandom), the first pairs of 30% of fandoms in reverse order ("B/A"), the 200 biggest
    // additional tags ("Fluff - Freeform").
    fn(
      "has_synonym(t int)",
      "boolean",
      `CASE
         WHEN t > ${F0} AND t <= ${F0 + 200} THEN true
         WHEN t > ${C0} AND t < ${R0} THEN (t - ${C0} - 1) % ${C} < 2 AND bench_seed.u((t - ${C0} - 1) / ${C}, 51) < 0.3
         WHEN t > ${R0} AND t < ${FF0} THEN (t - ${R0} - 1) % ${R} < 4 AND bench_seed.u((t - ${R0} - 1) / ${R}, 52) < 0.3
         WHEN t > ${FF0} AND t <= ${FF0 + 200} THEN true
         ELSE false END`,
    ),
    // A quarter of the works that use such a tag use its synonym instead.
    fn("as_used(t int, work int, slot int)", "int", `CASE WHEN bench_seed.has_synonym(t) AND bench_seed.u(work::bigint * 64 + slot, 60) < 0.25 THEN t + ${synonymOffset} ELSE t END`),
  ].join("\n");
}
