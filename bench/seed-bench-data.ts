import type pg from "pg";

// Synthetic archive for benchmarks, generated inside PostgreSQL (seconds, not minutes): users,
// works with one chapter each, a long tail of tags with a few very popular ones, and links.
export async function seedBenchData(client: pg.Client, { works, tags }: { works: number; tags: number }) {
  await client.query(`
    INSERT INTO users (username, email, password_hash)
    SELECT 'bench_user_' || i, 'bench_user_' || i || '@bench.invalid', 'x' FROM generate_series(1, 2000) i;

    INSERT INTO tags (name, type, canonical, uses_count)
    SELECT 'Bench Tag ' || i,
           (ARRAY['FANDOM','RELATIONSHIP','CHARACTER','FREEFORM'])[1 + i % 4]::"TagType",
           i % 3 = 0, 0
    FROM generate_series(1, ${tags}) i;

    INSERT INTO tags (name, type, canonical)
    SELECT unnest(ARRAY['General Audiences','Teen And Up Audiences','Mature','Explicit','Not Rated']), 'RATING', true;
  `);
  await client.query(`
    INSERT INTO works (creator_id, title, summary, posted, restricted, published_at, revised_at, word_count,
                       posted_chapters, expected_chapters, complete, kudos_count, hits_count, comments_count, bookmarks_count,
                       updated_at)
    SELECT 1 + (i * 7919) % 2000, 'Bench Work ' || i, 'A summary of bench work ' || i, true, i % 10 = 0,
           now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval, 500 + (i * 31) % 90000,
           1, CASE WHEN i % 2 = 0 THEN 1 END, i % 2 = 0, (i * 13) % 500, (i * 17) % 5000, (i * 3) % 40, (i * 5) % 60,
           now()
    FROM generate_series(1, ${works}) i;

    INSERT INTO chapters (work_id, position, body, word_count, posted, published_at, updated_at)
    SELECT id, 1, '<p>Bench text.</p>', word_count, true, published_at, now() FROM works;

    -- Every work: one rating, a popular fandom (one of 37, so about 2,700 works each at 100k; 37 is
    -- coprime with the 1-in-10 restricted works) and tail tags.
    INSERT INTO work_tags (work_id, tag_id)
    SELECT w.id, (SELECT id FROM tags WHERE type = 'RATING' ORDER BY id LIMIT 1 OFFSET w.id % 5) FROM works w;
    INSERT INTO work_tags (work_id, tag_id)
    SELECT DISTINCT w.id, t.id
    FROM works w
    CROSS JOIN LATERAL (VALUES (1 + (w.id % 37) * 4), (1 + (w.id * 7) % ${tags}), (1 + (w.id * 13) % ${tags}),
                               (1 + (w.id * 29) % ${tags}), (2 + (w.id % 200) * 4), (3 + (w.id % 100) * 4)) AS pick(n)
    JOIN tags t ON t.name = 'Bench Tag ' || pick.n
    ON CONFLICT DO NOTHING;

    UPDATE tags t SET uses_count = c.n FROM (SELECT tag_id, count(*) n FROM work_tags GROUP BY tag_id) c WHERE c.tag_id = t.id;
    ANALYZE;
  `);
}
