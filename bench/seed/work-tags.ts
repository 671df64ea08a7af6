// Each work's ~10 tags, in one pass: a rating, one or two warnings, up to two categories (the
// archive tags), one fandom (10% of works a second: crossovers), 0–3 relationships and 1–4
// characters of its first fandom, and 1–5 additional tags. Fandoms, and within a fandom its
// characters and relationships, are picked Zipf-like, as are additional tags across the archive;
// a quarter of the uses of a tag that has a synonym name the synonym (bench_seed.as_used).
import type { Shape } from "./shape";

export type ArchiveTagIds = Record<string, number>;

// [name, weight] pairs → a CASE choosing a name's id by a uniform number.
function weighted(uniform: string, choices: [string, number][], ids: ArchiveTagIds) {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let cumulative = 0;
  const arms = choices.map(([name, weight]) => {
    cumulative += weight / total;
    const id = ids[name];
    if (id === undefined) throw new Error(`No archive tag "${name}" (migrations changed?)`);
    return `WHEN ${uniform} < ${cumulative.toFixed(6)} THEN ${id}`;
  });
  return `CASE ${arms.join(" ")} ELSE ${ids[choices.at(-1)![0]]} END`;
}

export function workTagsSql(shape: Shape, ids: ArchiveTagIds) {
  const { fandomBase: F0, characterBase: C0, relationshipBase: R0, freeformBase: FF0 } = shape;
  const C = shape.charactersPerFandom;
  const R = shape.relationshipsPerFandom;
  const u = (salt: number) => `bench_seed.u(p.id, ${salt})`;
  const fandom1 = `bench_seed.zipf(${u(200)}, ${shape.fandoms})`;
  const rating = weighted(u(201), [["General Audiences", 30], ["Teen And Up Audiences", 30], ["Mature", 15], ["Explicit", 15], ["Not Rated", 10]], ids);
  const warning = weighted(u(202), [
    ["No Archive Warnings Apply", 55], ["Choose Not To Use Archive Warnings", 25], ["Graphic Depictions Of Violence", 10],
    ["Major Character Death", 5], ["Rape/Non-Con", 3], ["Underage Sex", 2],
  ], ids);
  const category = (salt: number) =>
    weighted(u(salt), [["M/M", 35], ["F/M", 25], ["Gen", 20], ["F/F", 12], ["Multi", 5], ["Other", 3]], ids);
  const relationships = `CASE WHEN ${u(210)} < 0.25 THEN 0 WHEN ${u(210)} < 0.7 THEN 1 WHEN ${u(210)} < 0.9 THEN 2 ELSE 3 END`;
  const characters = `1 + floor(${u(211)} ^ 1.5 * 4)::int`;
  const freeforms = `1 + floor(${u(212)} * 5)::int`;
  const slot = (n: number, count: string, pick: string) => `(CASE WHEN ${count} >= ${n} THEN ${pick} END)`;
  const relationship = (n: number) => slot(n, "x.relationships", `${R0} + (x.fandom - 1) * ${R} + bench_seed.zipf(${u(220 + n)}, ${R})`);
  const character = (n: number) => slot(n, "x.characters", `${C0} + (x.fandom - 1) * ${C} + bench_seed.zipf(${u(230 + n)}, ${C})`);
  const freeform = (n: number) => slot(n, "x.freeforms", `${FF0} + bench_seed.zipf(${u(240 + n)}, ${shape.freeforms})`);
  const picks = [
    `(CASE WHEN p.guest_showcase THEN ${ids["General Audiences"]} WHEN p.reader_showcase THEN ${ids["Teen And Up Audiences"]} ELSE ${rating} END)`,
    `(${warning})`,
    `(CASE WHEN ${u(203)} < 0.2 THEN ${weighted(u(204), [["Graphic Depictions Of Violence", 60], ["Major Character Death", 40]], ids)} END)`,
    `(CASE WHEN ${u(205)} < 0.85 THEN ${category(206)} END)`,
    `(CASE WHEN ${u(207)} < 0.1 THEN ${category(208)} END)`,
    `(${F0} + x.fandom)`,
    `(CASE WHEN ${u(209)} < 0.1 THEN ${F0} + bench_seed.zipf(${u(213)}, ${shape.fandoms}) END)`,
    ...[1, 2, 3].map(relationship),
    ...[1, 2, 3, 4].map(character),
    ...[1, 2, 3, 4, 5].map(freeform),
  ];
  // The picks are plain expressions and as_used gets column references: PostgreSQL inlines an
  // SQL function only when an argument it uses twice is cheap, and a call it can't inline costs
  // a hundred times more (this phase took minutes at 20,000 works that way).
  return `
    INSERT INTO work_tags (work_id, tag_id)
    SELECT DISTINCT p.id, bench_seed.as_used(t.tag_id, p.id, t.slot::int)
    FROM bench_seed.plan p
    CROSS JOIN LATERAL (SELECT ${fandom1} AS fandom, ${relationships} AS relationships,
                               ${characters} AS characters, ${freeforms} AS freeforms) x
    CROSS JOIN LATERAL unnest(ARRAY[${picks.join(",\n      ")}]) WITH ORDINALITY t(tag_id, slot)
    WHERE t.tag_id IS NOT NULL
    ORDER BY 1, 2`;
}
