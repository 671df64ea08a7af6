// Accounts: writers (creators of works) and readers (who leave kudos, comments and bookmarks).
// Their password hash is "!", which no argon2 verification ever accepts (as for orphan_account):
// only the bench readers (bench/seed/bench-readers.ts) can log in.
import type { Shape } from "./shape";

// "riverka123" for writers and "river_ka123" for readers: the letters never end in a digit, so
// the number makes each name unique, and names hold searchable words (search within results
// matches creators' names too).
export const usersSql = (shape: Shape) => `
  INSERT INTO users (id, username, email, password_hash, created_at)
  SELECT ${shape.creatorBase} + j, name, name || '@bench.invalid', '!', now() - interval '16 years' + j * interval '1 minute'
  FROM (SELECT j, bench_seed.word(j * 7) || bench_seed.syllable(j) || j AS name FROM generate_series(1, ${shape.creators}) j) w;

  INSERT INTO users (id, username, email, password_hash, created_at)
  SELECT ${shape.readerBase} + j, name, name || '@bench.invalid', '!', now() - interval '10 years' + j * interval '1 minute'
  FROM (SELECT j, bench_seed.word(j * 3) || '_' || bench_seed.syllable(j * 11) || j AS name FROM generate_series(1, ${shape.readers}) j) r;`;
