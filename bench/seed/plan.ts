// Every work's dice, thrown once into bench_seed.plan: whether it is posted, restricted, how many
// chapters, words, kudos, comments and bookmarks it gets, and where its chapter and comment ids
// start (running sums). The works, chapters, kudos… phases all read this table, so a work's
// counters and the rows they count come from the same numbers and agree by construction.
//
// Distributions (u, v: uniform in [0, 1) from bench_seed.u(id, salt)):
// - 3% drafts; 10% restricted; creators skewed (rank ~ u^1.5: the busiest writes ~0.1%).
// - chapters: 70% one-shots, else 1 + 59·u^8 (so ~85% have one chapter, mean ≈ 3, up to 60).
// - words per chapter 200 + 9000·u² (×6 for 2% of works): one-shots of a few hundred to 50,000 words.
// - kudos (u^-0.8 − 1), comments 0.3·(u^-0.8 − 1), public bookmarks 0.25·(u^-0.8 − 1): Pareto
//   tails — most works have a handful, a few have thousands (capped below the reader pool, as
//   each reader leaves one kudos and one bookmark per work). Hits ≈ kudos × 5–25 plus a tail.
// - dates spread over 15 years in id order (ids grow with time, as on a real archive).
import type { Shape } from "./shape";

export function planSql(shape: Shape) {
  const { works: N, creators, readers, showcaseEvery } = shape;
  const feedbackCap = Math.min(20_000, readers - 1);
  const u = (salt: number) => `bench_seed.u(i, ${salt})`;
  return `
    CREATE UNLOGGED TABLE bench_seed.plan AS
    WITH dice AS (
      SELECT i, i % ${showcaseEvery} = 1 AS guest_showcase, i % ${showcaseEvery} = 2 AS reader_showcase,
             ${Array.from({ length: 26 }, (_, salt) => `${u(salt + 1)} AS u${salt + 1}`).join(", ")}
      FROM generate_series(1, ${N}) i
    ), shaped AS (
      SELECT i, guest_showcase, reader_showcase, guest_showcase OR reader_showcase AS showcase,
             guest_showcase OR reader_showcase OR u1 >= 0.03 AS posted,
             CASE WHEN guest_showcase THEN false WHEN reader_showcase THEN true ELSE u2 < 0.10 END AS restricted,
             ${shape.creatorBase} + 1 + least(${creators - 1}, floor(${creators} * u3 ^ 1.5)::int) AS creator_id,
             CASE WHEN guest_showcase OR reader_showcase THEN 3 + (i / ${showcaseEvery}) % 8
                  WHEN u4 < 0.7 THEN 1 ELSE 1 + floor(59 * u5 ^ 8)::int END AS chapters,
             CASE WHEN guest_showcase OR reader_showcase THEN 1500 + floor(2500 * u6)::int
                  ELSE (200 + floor(9000 * u6 ^ 2)::int) * CASE WHEN u7 > 0.98 THEN 6 ELSE 1 END END AS chapter_words,
             u8, u9, u10, u11, u12, u13, u14, u15, u16, u17, u18, u19, u20, u21, u22, u23, u24, u25, u26
      FROM dice
    ), timed AS (
      SELECT *,
             -- Date Posted: in id order over the last 15 years, give or take 1% of the span.
             (now() - interval '15 years') + (interval '15 years' - interval '1 day') * (0.98 * i / ${N} + 0.02 * u10) AS started_at
      FROM shaped
    ), planned AS (
    SELECT i AS id, guest_showcase, reader_showcase, showcase, posted, restricted, creator_id, chapters,
           chapters * chapter_words AS words,
           CASE WHEN guest_showcase THEN chapters
                WHEN reader_showcase THEN NULL
                WHEN chapters = 1 THEN CASE WHEN u8 < 0.9 THEN 1 END
                WHEN u8 < 0.5 THEN chapters
                WHEN u8 < 0.8 THEN NULL
                ELSE chapters + 1 + floor(u9 * 10)::int END AS expected_chapters,
           date_trunc('milliseconds', started_at) AS started_at,
           -- Date Updated: the last chapter, 1–30 days apart each.
           date_trunc('milliseconds', least(now() - interval '1 hour', started_at + (chapters - 1) * (1 + floor(u11 * 30)) * interval '1 day')) AS revised_at,
           CASE WHEN posted THEN least(${feedbackCap}, floor((1 - u12) ^ (-0.8) - 1))::int ELSE 0 END AS kudos,
           floor(u13 * ${readers})::int AS kudos_start,
           CASE WHEN posted THEN least(5000, floor(0.3 * ((1 - u14) ^ (-0.8) - 1)))::int ELSE 0 END AS comments,
           CASE WHEN NOT restricted AND u15 < 0.3 THEN 'EVERYONE' ELSE 'REGISTERED' END AS comment_permission,
           floor(u25 * ${readers})::int AS comment_start,
           CASE WHEN posted THEN least(${Math.min(5_000, readers - 2)}, floor(0.25 * ((1 - u16) ^ (-0.8) - 1)))::int ELSE 0 END AS bookmarks,
           CASE WHEN posted AND u17 < 0.05 THEN 1 ELSE 0 END AS private_bookmarks,
           floor(u18 * ${readers})::int AS bookmark_start,
           u19, u20, u21, u22, u23, u24, u26
    FROM timed
    )
    SELECT *,
           CASE WHEN posted THEN kudos * (5 + floor(u19 * 20)::int) + least(1000000, floor(10 * (1 - u20) ^ (-0.5)))::int ELSE 0 END AS hits,
           (sum(chapters) OVER (ORDER BY id) - chapters)::int AS chapters_before,
           (sum(comments) OVER (ORDER BY id) - comments)::int AS comments_before
    FROM planned;
    CREATE UNIQUE INDEX ON bench_seed.plan (id);
  `;
}
