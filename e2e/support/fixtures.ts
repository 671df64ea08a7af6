import { hash } from "@node-rs/argon2";
import pg from "pg";
import { formatUserText } from "../../lib/text/format-user-text";
import { countWords } from "../../lib/text/word-count";
import { PASSWORD, uniqueUsername } from "./accounts";
import { uniqueName } from "./works";

// Rows a spec reads but does not make through the UI, written straight into the e2e database the
// way lib/works/post-work.ts writes them: sanitised text, server-side word counts, typed tags with
// their use counts, totals from the chapters, notices for subscribers. Posting through the form
// stays the journey of posting.spec.ts and of the specs about what the form does.

let pool: pg.Pool | undefined;

function database(): pg.Pool {
  const connectionString = process.env.E2E_DATABASE_URL;
  if (!connectionString) throw new Error("E2E_DATABASE_URL is not set: run the browser tests through `npm test`.");
  pool ??= new pg.Pool({ connectionString, max: 2, allowExitOnIdle: true });
  return pool;
}

// The app writes TIMESTAMP(3) columns in UTC (Prisma); so do the fixtures, whatever the server's zone.
const NOW = "(now() AT TIME ZONE 'UTC')";

export type FixtureUser = { id: number; username: string };

let passwordHash: Promise<string> | undefined;

// A user who exists without a browser: the other party of a journey (a writer whose work is read).
// `ageDays` makes them an established account, past the new-account comment limit.
export async function createUser(prefix: string, { ageDays = 0 } = {}): Promise<FixtureUser> {
  passwordHash ??= hash(PASSWORD);
  const username = uniqueUsername(prefix);
  const { rows } = await database().query<{ id: number }>(
    `INSERT INTO users (username, email, password_hash, created_at)
     VALUES ($1, $2, $3, ${NOW} - make_interval(days => $4::int)) RETURNING id`,
    [username, `${username}@example.test`, await passwordHash, ageDays],
  );
  return { id: rows[0]!.id, username };
}

export async function findUser(username: string): Promise<FixtureUser> {
  const { rows } = await database().query<FixtureUser>("SELECT id, username FROM users WHERE username_key = lower($1)", [username]);
  if (!rows[0]) throw new Error(`No user named ${username}`);
  return rows[0];
}

export type ChapterFixture = { title?: string; text?: string; summary?: string; posted?: boolean };

export type WorkFixture = {
  title?: string;
  rating?: string;
  warnings?: string[];
  categories?: string[];
  fandoms?: string[];
  relationships?: string[];
  characters?: string[];
  freeforms?: string[];
  summary?: string;
  expectedChapters?: number | null;
  restricted?: boolean;
  commentPermission?: "REGISTERED" | "EVERYONE" | "NOBODY";
  moderateComments?: boolean;
  draft?: boolean;
  chapters?: ChapterFixture[];
};

export type CreatedWork = { id: number; creatorId: number; title: string; url: string; chapterIds: number[] };

// One posted (or draft) work with its chapters and tags, in one transaction, as postWork stores it.
export async function createWork(creator: FixtureUser, work: WorkFixture = {}): Promise<CreatedWork> {
  const title = work.title ?? uniqueName("Fixture Work");
  const posted = !work.draft;
  const chapters = work.chapters ?? [{}];
  const tags: [string, string][] = [
    [work.rating ?? "General Audiences", "RATING"],
    ...(work.warnings ?? ["No Archive Warnings Apply"]).map((name): [string, string] => [name, "WARNING"]),
    ...(work.categories ?? []).map((name): [string, string] => [name, "CATEGORY"]),
    ...(work.fandoms ?? [uniqueName("Fandom")]).map((name): [string, string] => [name, "FANDOM"]),
    ...(work.relationships ?? []).map((name): [string, string] => [name, "RELATIONSHIP"]),
    ...(work.characters ?? []).map((name): [string, string] => [name, "CHARACTER"]),
    ...(work.freeforms ?? []).map((name): [string, string] => [name, "FREEFORM"]),
  ];

  const client = await database().connect();
  try {
    await client.query("BEGIN");
    const published = posted ? NOW : "NULL";
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO works (creator_id, title, summary, restricted, comment_permission, moderate_comments,
         expected_chapters, posted, published_at, revised_at, updated_at)
       VALUES ($1, $2, $3, $4, $5::"CommentPermission", $6, $7, $8, ${published}, ${NOW}, ${NOW}) RETURNING id`,
      [
        creator.id,
        title,
        formatUserText(work.summary ?? ""),
        work.restricted ?? false,
        work.commentPermission ?? "REGISTERED",
        work.moderateComments ?? false,
        work.expectedChapters ?? null,
        posted,
      ],
    );
    const workId = rows[0]!.id;

    const chapterIds: number[] = [];
    for (const [index, chapter] of chapters.entries()) {
      const body = formatUserText(chapter.text ?? `The text of ${title}, chapter ${index + 1}, long enough to post.`);
      const chapterPosted = posted && chapter.posted !== false;
      const inserted = await client.query<{ id: number }>(
        `INSERT INTO chapters (work_id, position, title, summary, body, word_count, posted, published_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, ${chapterPosted ? NOW : "NULL"}, ${NOW}) RETURNING id`,
        [workId, index + 1, chapter.title ?? "", formatUserText(chapter.summary ?? ""), body, countWords(body), chapterPosted],
      );
      chapterIds.push(inserted.rows[0]!.id);
    }

    // Archive tags (rating, warning, category) are canonical from the start, as findOrCreateTags makes them.
    await client.query(
      `INSERT INTO tags (name, type, canonical)
       SELECT name, type::"TagType", type IN ('RATING', 'WARNING', 'CATEGORY') FROM unnest($1::text[], $2::text[]) AS t(name, type)
       ORDER BY lower(name)
       ON CONFLICT (name_key) DO NOTHING`,
      [tags.map(([name]) => name), tags.map(([, type]) => type)],
    );
    const tagIds = await client.query<{ id: number }>("SELECT id FROM tags WHERE name_key = ANY($1::text[])", [
      tags.map(([name]) => name.toLowerCase()),
    ]);
    await client.query("INSERT INTO work_tags (work_id, tag_id) SELECT $1, unnest($2::int[])", [workId, tagIds.rows.map((tag) => tag.id)]);

    // The same totals as refreshWorkTotals.
    await client.query(
      `UPDATE works w SET
         posted_chapters = t.posted_chapters,
         word_count = CASE WHEN w.posted THEN t.posted_words ELSE t.all_words END,
         expected_chapters = CASE WHEN w.expected_chapters < t.posted_chapters THEN t.posted_chapters ELSE w.expected_chapters END,
         complete = w.expected_chapters IS NOT NULL AND t.posted_chapters >= w.expected_chapters
       FROM (
         SELECT count(*) FILTER (WHERE posted)::int AS posted_chapters,
                coalesce(sum(word_count) FILTER (WHERE posted), 0)::int AS posted_words,
                coalesce(sum(word_count), 0)::int AS all_words
         FROM chapters WHERE work_id = $1
       ) t
       WHERE w.id = $1`,
      [workId],
    );
    if (posted) {
      // In id order and NO KEY UPDATE, as adjustTagUses does, so concurrent fixtures sharing tags wait rather than deadlock.
      const ids = tagIds.rows.map((tag) => tag.id);
      await client.query("SELECT id FROM tags WHERE id = ANY($1::int[]) ORDER BY id FOR NO KEY UPDATE", [ids]);
      await client.query("UPDATE tags SET uses_count = uses_count + 1 WHERE id = ANY($1::int[])", [ids]);
      await client.query(
        `INSERT INTO notices (user_id, kind, work_id, created_at)
         SELECT subscriber_id, 'NEW_WORK'::"NoticeKind", $1, ${NOW} FROM subscriptions WHERE subscribed_creator_id = $2`,
        [workId, creator.id],
      );
    }
    await client.query("COMMIT");
    return { id: workId, creatorId: creator.id, title, url: `/works/${workId}`, chapterIds };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

// An account older than the new-account limits (AO3's: a day), as a regular of the archive is.
export async function establish(user: FixtureUser) {
  await database().query("UPDATE users SET created_at = created_at - interval '2 days' WHERE id = $1", [user.id]);
}

// What `npm run admin -- grant <username>` does, without starting a process for it.
export async function grantAdmin(user: FixtureUser) {
  await database().query(`UPDATE users SET role = 'ADMIN' WHERE id = $1`, [user.id]);
}

export type CreatedComment = { id: number; threadId: number; depth: number; authorId: number };

// A public comment on the work's first chapter, or a reply to `parent`, stored as postComment
// stores it: thread and depth, the work's comment count, and notices to the work's creator
// (COMMENT) and to the author replied to (REPLY), never to the commenter.
export async function createComment(
  author: FixtureUser,
  work: CreatedWork,
  body: string,
  parent?: CreatedComment,
): Promise<CreatedComment> {
  const client = await database().connect();
  try {
    await client.query("BEGIN");
    const depth = parent ? parent.depth + 1 : 0;
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO comments (work_id, chapter_id, parent_id, thread_id, depth, author_id, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, ${NOW}) RETURNING id`,
      [work.id, work.chapterIds[0], parent?.id ?? null, parent?.threadId ?? null, depth, author.id, formatUserText(body)],
    );
    const id = rows[0]!.id;
    if (!parent) await client.query("UPDATE comments SET thread_id = id WHERE id = $1", [id]);
    await client.query("UPDATE works SET comments_count = comments_count + 1 WHERE id = $1", [work.id]);
    const recipients = new Map<number, string>();
    if (work.creatorId !== author.id) recipients.set(work.creatorId, "COMMENT");
    if (parent && parent.authorId !== author.id) recipients.set(parent.authorId, "REPLY");
    for (const [userId, kind] of recipients) {
      await client.query(
        `INSERT INTO notices (user_id, kind, work_id, chapter_id, comment_id, created_at)
         VALUES ($1, $2::"NoticeKind", $3, $4, $5, ${NOW})`,
        [userId, kind, work.id, work.chapterIds[0], id],
      );
    }
    await client.query("COMMIT");
    return { id, threadId: parent?.threadId ?? id, depth, authorId: author.id };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

export type CreatedSeries = { id: number; title: string; url: string };

// A series of the creator's with these works as its parts, in order, as placeInSeries stores them.
export async function createSeries(creator: FixtureUser, works: CreatedWork[], title = uniqueName("Fixture Series")): Promise<CreatedSeries> {
  const client = await database().connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO series (creator_id, title, created_at, updated_at) VALUES ($1, $2, ${NOW}, ${NOW}) RETURNING id`,
      [creator.id, title],
    );
    const id = rows[0]!.id;
    await client.query(
      "INSERT INTO series_works (work_id, series_id, position) SELECT work_id, $1, position FROM unnest($2::int[]) WITH ORDINALITY AS w(work_id, position)",
      [id, works.map((work) => work.id)],
    );
    await client.query("COMMIT");
    return { id, title, url: `/series/${id}` };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

// The work as a gift to the user, as saveGifts stores it (no notice: the recipient's inbox is not the journey).
export async function giveGift(work: CreatedWork, recipient: FixtureUser) {
  await database().query(`INSERT INTO gifts (work_id, recipient_id, created_at) VALUES ($1, $2, ${NOW})`, [work.id, recipient.id]);
}

// Makes `user` a creator of the work (ACCEPTED) or invites them (INVITED, with the inbox notice),
// as lib/creatorships stores it.
export async function addCreator(work: CreatedWork, user: FixtureUser, status: "ACCEPTED" | "INVITED" = "ACCEPTED") {
  await database().query(
    `INSERT INTO creatorships (work_id, user_id, status, invited_by_id, created_at, accepted_at)
     VALUES ($1, $2, $3::"CreatorshipStatus", $4, ${NOW}, CASE WHEN $3 = 'ACCEPTED' THEN ${NOW} END)`,
    [work.id, user.id, status, work.creatorId],
  );
  if (status === "INVITED") {
    await database().query(`INSERT INTO notices (user_id, kind, work_id, created_at) VALUES ($1, 'CREATOR_INVITATION', $2, ${NOW})`, [user.id, work.id]);
  }
}

export async function chapterIdsOf(workId: number): Promise<number[]> {
  const { rows } = await database().query<{ id: number }>("SELECT id FROM chapters WHERE work_id = $1 ORDER BY position", [workId]);
  return rows.map((row) => row.id);
}

export type OutboxMail = { subject: string; text: string };

// Mail the app kept in its outbox (no SMTP_URL in the e2e run), newest last.
export async function mailsTo(address: string): Promise<OutboxMail[]> {
  const { rows } = await database().query<OutboxMail>(
    "SELECT subject, text_body AS text FROM mail_outbox WHERE lower(to_address) = lower($1) ORDER BY id",
    [address],
  );
  return rows;
}

// A row as a spec checks it after an account is deleted: the user, or null.
export async function userExists(id: number): Promise<boolean> {
  const { rows } = await database().query("SELECT 1 FROM users WHERE id = $1", [id]);
  return rows.length > 0;
}
