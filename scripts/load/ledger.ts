// What the server acknowledged, written down by the client as it happened, then compared with the
// database once the run is over: an acknowledged write that is missing is a lost write.
import pg from "pg";

export class Ledger {
  readonly works: { title: string; workId: number }[] = [];
  readonly chapters: { title: string; workId: number }[] = [];
  readonly kudos: { userId: number; workId: number }[] = [];
  readonly comments: { token: string; workId: number }[] = [];
  readonly bookmarks: { userId: number; workId: number; token: string }[] = [];
  doubleKudosBothAccepted = 0;
  // How each kind of write was answered ("kudos 200", "work 429"…), to see what the run did.
  readonly answers = new Map<string, number>();

  noteAnswer(kind: string, status: number) {
    const key = `${kind} ${status}`;
    this.answers.set(key, (this.answers.get(key) ?? 0) + 1);
  }

  get writes() {
    return this.works.length + this.chapters.length + this.kudos.length + this.comments.length + this.bookmarks.length;
  }
}

async function countMissing(client: pg.Client, sql: string, params: unknown[]) {
  const { rows } = await client.query<{ missing: number }>(sql, params);
  return rows[0]?.missing ?? 0;
}

// Each acknowledged write that the database does not hold, counted once.
export async function lostWrites(client: pg.Client, ledger: Ledger): Promise<number> {
  const lost = [
    await countMissing(
      client,
      `SELECT count(*)::int AS missing FROM unnest($1::text[], $2::int[]) AS l(title, work_id)
       WHERE NOT EXISTS (SELECT 1 FROM works w WHERE w.id = l.work_id AND w.title = l.title AND w.posted)`,
      [ledger.works.map((work) => work.title), ledger.works.map((work) => work.workId)],
    ),
    await countMissing(
      client,
      `SELECT count(*)::int AS missing FROM unnest($1::text[], $2::int[]) AS l(title, work_id)
       WHERE NOT EXISTS (SELECT 1 FROM chapters c WHERE c.work_id = l.work_id AND c.title = l.title AND c.posted)`,
      [ledger.chapters.map((chapter) => chapter.title), ledger.chapters.map((chapter) => chapter.workId)],
    ),
    await countMissing(
      client,
      `SELECT count(*)::int AS missing FROM unnest($1::int[], $2::int[]) AS l(user_id, work_id)
       WHERE NOT EXISTS (SELECT 1 FROM kudos k WHERE k.user_id = l.user_id AND k.work_id = l.work_id)`,
      [ledger.kudos.map((kudos) => kudos.userId), ledger.kudos.map((kudos) => kudos.workId)],
    ),
    await countMissing(
      client,
      `SELECT count(*)::int AS missing FROM unnest($1::text[], $2::int[]) AS l(token, work_id)
       WHERE NOT EXISTS (SELECT 1 FROM comments c WHERE c.work_id = l.work_id AND strpos(c.body, l.token) > 0 AND c.deleted_at IS NULL)`,
      [ledger.comments.map((comment) => comment.token), ledger.comments.map((comment) => comment.workId)],
    ),
    await countMissing(
      client,
      `SELECT count(*)::int AS missing FROM unnest($1::int[], $2::int[], $3::text[]) AS l(user_id, work_id, token)
       WHERE NOT EXISTS (SELECT 1 FROM bookmarks b WHERE b.user_id = l.user_id AND b.work_id = l.work_id AND strpos(b.notes, l.token) > 0)`,
      [ledger.bookmarks.map((bookmark) => bookmark.userId), ledger.bookmarks.map((bookmark) => bookmark.workId), ledger.bookmarks.map((bookmark) => bookmark.token)],
    ),
  ];
  return lost.reduce((sum, count) => sum + count, 0);
}

// Every stored counter against a recount from its rows, and every work whole: rows that disagree.
const INTEGRITY_CHECKS: Record<string, string> = {
  "kudos counts": `SELECT count(*)::int AS wrong FROM works w WHERE w.kudos_count <> (SELECT count(*) FROM kudos k WHERE k.work_id = w.id)`,
  "comment counts": `SELECT count(*)::int AS wrong FROM works w
    WHERE w.comments_count <> (SELECT count(*) FROM comments c WHERE c.work_id = w.id AND c.approved AND c.deleted_at IS NULL)`,
  "bookmark counts": `SELECT count(*)::int AS wrong FROM works w WHERE w.bookmarks_count <> (SELECT count(*) FROM bookmarks b WHERE b.work_id = w.id AND NOT b.private)`,
  "hit counts": `SELECT count(*)::int AS wrong FROM works w WHERE w.hits_count <> (SELECT count(*) FROM work_hits h WHERE h.work_id = w.id)`,
  "chapter counts": `SELECT count(*)::int AS wrong FROM works w WHERE w.posted_chapters <> (SELECT count(*) FROM chapters c WHERE c.work_id = w.id AND c.posted)`,
  "word counts": `SELECT count(*)::int AS wrong FROM works w WHERE w.word_count <>
    (SELECT coalesce(sum(c.word_count), 0) FROM chapters c WHERE c.work_id = w.id AND (c.posted OR NOT w.posted))`,
  "works without a chapter": `SELECT count(*)::int AS wrong FROM works w WHERE NOT EXISTS (SELECT 1 FROM chapters c WHERE c.work_id = w.id)`,
  "posted works without a posted chapter": `SELECT count(*)::int AS wrong FROM works w
    WHERE w.posted AND NOT EXISTS (SELECT 1 FROM chapters c WHERE c.work_id = w.id AND c.posted)`,
  "chapter positions out of order": `SELECT count(*)::int AS wrong FROM (
    SELECT work_id FROM chapters GROUP BY work_id HAVING max(position) <> count(*) OR count(DISTINCT position) <> count(*)) gaps`,
  "tag use counts": `SELECT count(*)::int AS wrong FROM tags t WHERE t.uses_count <>
    (SELECT count(*) FROM work_tags wt JOIN works w ON w.id = wt.work_id WHERE wt.tag_id = t.id AND w.posted)`,
};

export async function integrityProblems(client: pg.Client): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, sql] of Object.entries(INTEGRITY_CHECKS)) {
    const { rows } = await client.query<{ wrong: number }>(sql);
    const wrong = rows[0]?.wrong ?? 0;
    if (wrong > 0) problems.push(`${name}: ${wrong} wrong`);
  }
  return problems;
}
