// Works and their creatorships, from bench_seed.plan. Counters are the plan's numbers; the later
// phases write exactly that many kudos, comment and bookmark rows, and chapters whose word counts
// add up to the work's (refreshWorkTotals' rules: a draft counts all its chapters' words, readers
// count posted chapters, "complete" when the expected count is reached).
const u = (salt: number) => `bench_seed.u(p.id, ${salt})`;
// Word 0 is "the", which reads badly alone at the end of a title: picks start at word 1.
const titleWord = (salt: number) => `bench_seed.word(bench_seed.zipf(${u(salt)}, 99))`;

export const worksSql = `
  INSERT INTO works (id, creator_id, title, summary, language, restricted, comment_permission,
                     expected_chapters, posted_chapters, complete, word_count, posted, published_at,
                     revised_at, created_at, updated_at, kudos_count, comments_count, bookmarks_count, hits_count)
  SELECT p.id, p.creator_id,
         -- "The River Song", "Golden Winter Harbor": two to four words, common ones most often.
         initcap(concat_ws(' ', ${titleWord(101)}, ${titleWord(102)},
                           CASE WHEN ${u(103)} < 0.6 THEN ${titleWord(104)} END,
                           CASE WHEN ${u(105)} < 0.25 THEN ${titleWord(106)} END)),
         'In which the ' || ${titleWord(107)} || ' and the ' || ${titleWord(108)} || ' meet at ' || ${titleWord(109)}
           || '. A story of ' || ${titleWord(110)} || ', ' || ${titleWord(111)} || ' and ' || ${titleWord(112)}
           || ', told over one long ' || bench_seed.word(p.id::int) || '.',
         CASE WHEN p.u22 < 0.95 THEN 'en' ELSE (ARRAY['es','fr','de','zh','ja','ru','pt','it'])[1 + floor(p.u22 * 1000)::int % 8] END,
         p.restricted, p.comment_permission::"CommentPermission",
         p.expected_chapters,
         CASE WHEN p.posted THEN p.chapters ELSE 0 END,
         p.posted AND p.expected_chapters IS NOT NULL AND p.chapters >= p.expected_chapters,
         p.words, p.posted,
         CASE WHEN p.posted THEN p.started_at END,
         p.revised_at, p.started_at, p.revised_at,
         p.kudos, p.comments, p.bookmarks, p.hits
  FROM bench_seed.plan p
  ORDER BY p.id`;

// What the works_add_first_creator trigger does for every new work (skipped during the load),
// and 3% of works with a co-creator who accepted the invitation a day later.
export const creatorshipsSql = (creatorBase: number, creators: number) => `
  INSERT INTO creatorships (work_id, user_id, status, created_at, accepted_at)
  SELECT id, creator_id, 'ACCEPTED', started_at, started_at FROM bench_seed.plan ORDER BY id;
  INSERT INTO creatorships (work_id, user_id, status, invited_by_id, created_at, accepted_at)
  SELECT id, ${creatorBase} + 1 + (creator_id - ${creatorBase}) % ${creators}, 'ACCEPTED', creator_id,
         started_at, started_at + interval '1 day'
  FROM bench_seed.plan WHERE u24 < 0.03 ORDER BY id;`;
