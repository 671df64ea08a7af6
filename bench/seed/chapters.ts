// Chapters. Their word counts split the work's total exactly (chapter k gets ⌊W·k/n⌋ − ⌊W·(k−1)/n⌋,
// which add up to W), posted with the work, dated from Date Posted to Date Updated.
//
// Bodies are one short sentence, to keep a million works' rows small, so word_count does NOT
// match the stored text except for the showcase works (bench/seed/shape.ts): their chapters hold
// full-length text of exactly word_count words, in paragraphs, for the bench's work pages.
export const chaptersSql = `
  INSERT INTO chapters (id, work_id, position, body, word_count, posted, published_at, created_at, updated_at)
  SELECT p.chapters_before + k, p.id, k,
         CASE WHEN p.showcase THEN (
           SELECT '<p>' || string_agg(bench_seed.word(bench_seed.zipf(bench_seed.u((p.chapters_before + k)::bigint * 100000 + j, 70), 100) - 1),
                                      CASE WHEN j % 90 = 1 THEN '.</p><p>' WHEN j % 13 = 1 THEN '. ' ELSE ' ' END ORDER BY j) || '.</p>'
           FROM generate_series(1, (p.words::bigint * k / p.chapters - p.words::bigint * (k - 1) / p.chapters)::int) j)
         ELSE '<p>The ' || bench_seed.word((p.id + k)::int) || ' ' || bench_seed.word((p.id * 7 + k)::int) || ', chapter ' || k || '.</p>'
         END,
         (p.words::bigint * k / p.chapters - p.words::bigint * (k - 1) / p.chapters)::int,
         p.posted,
         CASE WHEN p.posted THEN p.started_at + (p.revised_at - p.started_at) * ((k - 1)::float8 / greatest(p.chapters - 1, 1)) END,
         p.started_at, p.revised_at
  FROM bench_seed.plan p CROSS JOIN LATERAL generate_series(1, p.chapters) k
  ORDER BY p.id, k`;
