import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { listedWorksSql, readableWorksSql } from "@/lib/works/visibility";
import { createdBySql } from "@/lib/creatorships/creator-where";
import { KUDOS_NAMES_SHOWN } from "@/lib/kudos/kudos-summary";

// The work page's one statement: everything a reader sees of a work, each part a column beside the
// work's own (JSON-aggregated), so that a page view is one round trip and one query for Prisma to
// prepare instead of the 20–35 its separate reads made (a Prisma read with relations costs ~1.7 ms
// of CPU, a raw one ~0.4 ms: bench/profile-summary.ts showed Prisma at 45–50% of a page's CPU).
// Every part applies the same visibility rules as its Prisma counterpart (lib/works/visibility.ts,
// lib/comments/comment-visibility.ts…); lib/work-page/get-work-page.db.test.ts holds them equal.

// Which chapters' texts the page shows: every readable one, the first, or one by id.
export type ShownChapters = "all" | "first" | number;

type Viewer = { id: number } | null;

// JSON has no dates: timestamps travel as milliseconds since the epoch (the columns hold UTC).
const millis = (column: Prisma.Sql) => Prisma.sql`(extract(epoch FROM ${column}) * 1000)::float8`;

// `v.is_creator`: whether the viewer is an accepted creator of `w`, worked out once per row.
const readableChapter = (alias: string) => Prisma.sql`(${Prisma.raw(alias)}.posted OR v.is_creator)`;

function shownChapter(alias: string, shown: ShownChapters): Prisma.Sql {
  const chapter = Prisma.raw(alias);
  if (shown === "all") return Prisma.sql`TRUE`;
  if (shown === "first") {
    return Prisma.sql`${chapter}.position = (SELECT min(f.position) FROM chapters f WHERE f.work_id = w.id AND ${readableChapter("f")})`;
  }
  return Prisma.sql`${chapter}.id = ${shown}`;
}

const workColumns = Prisma.sql`
  w.id, w.title, w.summary, w.language, w.word_count AS "wordCount", w.posted_chapters AS "postedChapters",
  w.expected_chapters AS "expectedChapters", w.complete, w.posted, w.restricted, w.kudos_count AS "kudosCount",
  w.comments_count AS "commentsCount", w.bookmarks_count AS "bookmarksCount", w.hits_count AS "hitsCount",
  w.published_at AS "publishedAt", w.revised_at AS "revisedAt", w.creator_id AS "creatorId",
  w.notes_begin AS "notesBegin", w.notes_end AS "notesEnd", w.comment_permission::text AS "commentPermission",
  w.moderate_comments AS "moderateComments", u.username AS "creatorUsername", v.is_creator AS "isCreator"`;

// The byline (accepted creators as they joined), the tags, and the chapters this viewer may open.
const structureColumns = Prisma.sql`
  (SELECT coalesce(json_agg(json_build_object('userId', c.user_id, 'username', cu.username) ORDER BY c.accepted_at, c.id), '[]')
     FROM creatorships c JOIN users cu ON cu.id = c.user_id
     WHERE c.work_id = w.id AND c.status = 'ACCEPTED') AS creatorships,
  (SELECT coalesce(json_agg(json_build_object('name', t.name, 'type', t.type) ORDER BY wt.tag_id), '[]')
     FROM work_tags wt JOIN tags t ON t.id = wt.tag_id WHERE wt.work_id = w.id) AS tags,
  (SELECT coalesce(json_agg(json_build_object('id', ch.id, 'position', ch.position, 'title', ch.title, 'posted', ch.posted) ORDER BY ch.position), '[]')
     FROM chapters ch WHERE ch.work_id = w.id AND ${readableChapter("ch")}) AS chapters`;

function textsColumn(shown: ShownChapters) {
  return Prisma.sql`
  (SELECT coalesce(json_agg(json_build_object('id', ch.id, 'position', ch.position, 'title', ch.title, 'summary', ch.summary,
      'notesBegin', ch.notes_begin, 'notesEnd', ch.notes_end, 'body', ch.body, 'posted', ch.posted) ORDER BY ch.position), '[]')
     FROM chapters ch WHERE ch.work_id = w.id AND ${readableChapter("ch")} AND ${shownChapter("ch", shown)}) AS texts`;
}

// Kudos (AO3's sentence: the latest names, then how many more users and guests), gift recipients
// and the series box. The series' neighbours are listed works only: the inner `w` of those two
// subqueries is the neighbour, so listedWorksSql applies to it.
function feedbackColumns(viewer: Viewer) {
  return Prisma.sql`
  (SELECT coalesce(json_agg(k.username ORDER BY k.created_at DESC, k.id DESC), '[]') FROM (
     SELECT ku.username, kk.created_at, kk.id FROM kudos kk JOIN users ku ON ku.id = kk.user_id
     WHERE kk.work_id = w.id ORDER BY kk.created_at DESC, kk.id DESC LIMIT ${KUDOS_NAMES_SHOWN}) k) AS "kudosNames",
  (SELECT json_build_object('users', count(kk.user_id), 'guests', count(*) - count(kk.user_id)) FROM kudos kk WHERE kk.work_id = w.id) AS "kudosCounts",
  (SELECT coalesce(json_agg(json_build_object('id', gu.id, 'username', gu.username) ORDER BY g.id), '[]')
     FROM gifts g JOIN users gu ON gu.id = g.recipient_id WHERE g.work_id = w.id AND g.refused_at IS NULL) AS recipients,
  (SELECT json_build_object(
       'series', json_build_object('id', s.id, 'title', s.title),
       'part', 1 + (SELECT count(*) FROM series_works e JOIN works ew ON ew.id = e.work_id
                    WHERE e.series_id = sw.series_id AND e.position < sw.position AND ew.posted),
       'previousWorkId', (SELECT p.work_id FROM series_works p JOIN works w ON w.id = p.work_id
                          WHERE p.series_id = sw.series_id AND p.position < sw.position AND ${listedWorksSql(viewer)}
                          ORDER BY p.position DESC LIMIT 1),
       'nextWorkId', (SELECT n.work_id FROM series_works n JOIN works w ON w.id = n.work_id
                      WHERE n.series_id = sw.series_id AND n.position > sw.position AND ${listedWorksSql(viewer)}
                      ORDER BY n.position ASC LIMIT 1))
     FROM series_works sw JOIN series s ON s.id = sw.series_id WHERE sw.work_id = w.id) AS "seriesPlace"`;
}

// The comments shown under the chapter(s) on the page, oldest first: approved ones on chapters
// the viewer may open, plus their own awaiting approval, plus everything on their own works.
function commentsColumn(viewer: Viewer, shown: ShownChapters) {
  const visible = viewer
    ? Prisma.sql`${readableChapter("cch")} AND (c.approved OR c.author_id = ${viewer.id} OR v.is_creator)`
    : Prisma.sql`cch.posted AND c.approved`;
  return Prisma.sql`
  (SELECT coalesce(json_agg(json_build_object('id', c.id, 'workId', c.work_id, 'chapterId', c.chapter_id, 'parentId', c.parent_id,
      'depth', c.depth, 'authorId', c.author_id, 'authorName', au.username, 'guestName', c.guest_name, 'body', c.body,
      'approved', c.approved, 'editedAt', ${millis(Prisma.sql`c.edited_at`)}, 'deletedAt', ${millis(Prisma.sql`c.deleted_at`)},
      'createdAt', ${millis(Prisma.sql`c.created_at`)}, 'chapterPosition', cch.position) ORDER BY c.created_at, c.id), '[]')
     FROM comments c JOIN chapters cch ON cch.id = c.chapter_id LEFT JOIN users au ON au.id = c.author_id
     WHERE c.work_id = w.id AND ${visible} AND ${shownChapter("cch", shown)}) AS comments`;
}

// What only this viewer sees: their place in the work, subscription, bookmark, reading lists
// (and which hold the work), and whom they muted.
function viewerColumns(viewerId: number) {
  return Prisma.sql`
  (SELECT json_build_object('chapterId', r.chapter_id, 'position', r.position, 'toRead', r.to_read,
       'lastReadAt', ${millis(Prisma.sql`r.last_read_at`)}, 'chapterPosition', rc.position, 'chapterPosted', rc.posted)
     FROM readings r LEFT JOIN chapters rc ON rc.id = r.chapter_id WHERE r.user_id = ${viewerId} AND r.work_id = w.id) AS reading,
  EXISTS (SELECT 1 FROM subscriptions s WHERE s.subscriber_id = ${viewerId} AND s.work_id = w.id) AS subscribed,
  (SELECT json_build_object('id', b.id, 'notes', b.notes, 'rec', b.rec, 'private', b.private,
       'tags', (SELECT coalesce(json_agg(bt.name), '[]') FROM bookmark_tags bl JOIN tags bt ON bt.id = bl.tag_id WHERE bl.bookmark_id = b.id))
     FROM bookmarks b WHERE b.user_id = ${viewerId} AND b.work_id = w.id) AS bookmark,
  (SELECT coalesce(json_agg(json_build_object('id', l.id, 'name', l.name, 'private', l.private,
       'holdsWork', EXISTS (SELECT 1 FROM reading_list_items i JOIN bookmarks ib ON ib.id = i.bookmark_id WHERE i.list_id = l.id AND ib.work_id = w.id))
       ORDER BY l.name, l.id), '[]')
     FROM reading_lists l WHERE l.owner_id = ${viewerId}) AS "readingLists",
  (SELECT coalesce(json_agg(m.muted_id), '[]') FROM mutes m WHERE m.muter_id = ${viewerId}) AS muted`;
}

export function workPageSql(id: number, viewer: Viewer, shown: ShownChapters): Prisma.Sql {
  const isCreator = viewer ? createdBySql(viewer.id) : Prisma.sql`FALSE`;
  return Prisma.sql`
    SELECT ${workColumns}, ${structureColumns}, ${textsColumn(shown)}, ${feedbackColumns(viewer)}, ${commentsColumn(viewer, shown)}
      ${viewer ? Prisma.sql`, ${viewerColumns(viewer.id)}` : Prisma.empty}
    FROM works w
    JOIN users u ON u.id = w.creator_id
    CROSS JOIN LATERAL (SELECT ${isCreator} AS is_creator) v
    WHERE w.id = ${id} AND ${readableWorksSql(viewer)}`;
}
