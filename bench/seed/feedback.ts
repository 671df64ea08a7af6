// Kudos, comments and bookmarks: exactly as many rows as the plan gave each work's counters, so
// kudos_count, comments_count (approved, not deleted) and bookmarks_count (public) are what the
// app's recount finds. The i-th reader of a work is reader (start + i·step) mod pool, with step
// coprime to the pool, so no reader kudoses or bookmarks one work twice (the unique indexes,
// rebuilt after the load, would refuse it).
import type { Shape } from "./shape";

const reader = (shape: Shape, start: string, k: string) => `${shape.readerBase} + 1 + ((${start} + ${k}::bigint * ${shape.readerStep}) % ${shape.readers})::int`;

// Guests may leave kudos on works they can see (not restricted): three in ten kudos are theirs,
// keyed like lib/visitors' HMAC (64 hex characters).
export const kudosSql = (shape: Shape) => `
  INSERT INTO kudos (work_id, user_id, guest_key, created_at)
  SELECT p.id,
         CASE WHEN p.restricted OR k % 10 < 7 THEN ${reader(shape, "p.kudos_start", "k")} END,
         CASE WHEN NOT p.restricted AND k % 10 >= 7 THEN encode(sha256(('bench-guest:' || p.id || ':' || k)::bytea), 'hex') END,
         p.revised_at + (now() - p.revised_at) * (k::float8 / (p.kudos + 1))
  FROM bench_seed.plan p CROSS JOIN LATERAL generate_series(1, p.kudos) k
  WHERE p.kudos > 0
  ORDER BY p.id, k`;

// Threads as postComment writes them: a top-level comment is its own thread (thread_id = id);
// every fourth comment replies to the one before it (depth 1, same thread and chapter). Guests
// comment only where the work allows everyone to.
export const commentsSql = (shape: Shape) => {
  const root = "CASE WHEN k % 4 = 0 THEN k - 1 ELSE k END";
  return `
  INSERT INTO comments (id, work_id, chapter_id, parent_id, thread_id, depth, author_id, guest_name, guest_email, body, approved, created_at)
  SELECT p.comments_before + k, p.id,
         p.chapters_before + 1 + ((${root}) * 7) % p.chapters,
         CASE WHEN k % 4 = 0 THEN p.comments_before + k - 1 END,
         p.comments_before + ${root},
         CASE WHEN k % 4 = 0 THEN 1 ELSE 0 END,
         CASE WHEN guest THEN NULL ELSE ${reader(shape, "p.comment_start", "k")} END,
         CASE WHEN guest THEN 'Guest ' || bench_seed.word(k) END,
         CASE WHEN guest THEN 'guest' || p.id || '_' || k || '@bench.invalid' END,
         '<p>' || initcap(bench_seed.word((p.id + k * 3)::int)) || ' ' || bench_seed.word((p.id * 5 + k)::int) || '! I loved the ' || bench_seed.word((p.id + k)::int) || '.</p>',
         true,
         p.revised_at + (now() - p.revised_at) * (k::float8 / (p.comments + 1))
  FROM bench_seed.plan p CROSS JOIN LATERAL generate_series(1, p.comments) k
  CROSS JOIN LATERAL (SELECT p.comment_permission = 'EVERYONE' AND k % 3 = 0 AS guest) g
  WHERE p.comments > 0
  ORDER BY 1`;
};

// Public bookmarks as counted, and 5% of works one more private bookmark (not counted, as on AO3).
export const bookmarksSql = (shape: Shape) => `
  INSERT INTO bookmarks (user_id, work_id, notes, private, rec, created_at, updated_at)
  SELECT ${reader(shape, "p.bookmark_start", "k")}, p.id,
         CASE WHEN bench_seed.u(p.id::bigint * 1000 + k, 300) < 0.2 THEN '<p>So much ' || bench_seed.word(k) || '.</p>' ELSE '' END,
         k > p.bookmarks,
         bench_seed.u(p.id::bigint * 1000 + k, 301) < 0.05,
         p.revised_at + (now() - p.revised_at) * (k::float8 / (p.bookmarks + 2)),
         p.revised_at + (now() - p.revised_at) * (k::float8 / (p.bookmarks + 2))
  FROM bench_seed.plan p CROSS JOIN LATERAL generate_series(1, p.bookmarks + p.private_bookmarks) k
  WHERE p.bookmarks + p.private_bookmarks > 0
  ORDER BY p.id, k`;
