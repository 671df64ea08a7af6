import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/auth/session";
import { commentRefusal } from "@/lib/comments/comment-permission";
import { buildCommentTree } from "@/lib/comments/build-comment-tree";
import { hideMutedAuthors, type CommentRow } from "@/lib/comments/comment-select";
import { countShown } from "@/lib/comments/get-work-comments";
import { db } from "@/lib/db";
import type { CommentPermission, TagType } from "@/lib/generated/prisma/enums";
import { KUDOS_NAMES_SHOWN } from "@/lib/kudos/kudos-summary";
import { workPageSql, type ShownChapters } from "@/lib/work-page/work-page-sql";

export type { ShownChapters } from "@/lib/work-page/work-page-sql";

type ChapterSummary = { id: number; position: number; title: string; posted: boolean };
type ChapterTextRow = ChapterSummary & { summary: string; notesBegin: string; notesEnd: string; body: string };
type CommentJson = Omit<CommentRow, "author" | "chapter" | "editedAt" | "deletedAt" | "createdAt"> & {
  authorName: string | null;
  chapterPosition: number;
  editedAt: number | null;
  deletedAt: number | null;
  createdAt: number;
};
type ReadingJson = {
  chapterId: number | null;
  position: number;
  toRead: boolean;
  lastReadAt: number | null;
  chapterPosition: number | null;
  chapterPosted: boolean | null;
};
type BookmarkJson = { id: number; notes: string; rec: boolean; private: boolean; tags: string[] };

type Row = {
  id: number;
  title: string;
  summary: string;
  language: string;
  wordCount: number;
  postedChapters: number;
  expectedChapters: number | null;
  complete: boolean;
  posted: boolean;
  restricted: boolean;
  kudosCount: number;
  commentsCount: number;
  bookmarksCount: number;
  hitsCount: number;
  publishedAt: Date | null;
  revisedAt: Date;
  creatorId: number;
  notesBegin: string;
  notesEnd: string;
  commentPermission: CommentPermission;
  moderateComments: boolean;
  creatorUsername: string;
  isCreator: boolean;
  creatorships: { userId: number; username: string }[];
  tags: { name: string; type: TagType }[];
  chapters: ChapterSummary[];
  texts: ChapterTextRow[];
  kudosNames: string[];
  kudosCounts: { users: number; guests: number };
  recipients: { id: number; username: string }[];
  seriesPlace: { series: { id: number; title: string }; part: number; previousWorkId: number | null; nextWorkId: number | null } | null;
  comments: CommentJson[];
  // Only with a viewer:
  reading?: ReadingJson | null;
  subscribed?: boolean;
  bookmark?: BookmarkJson | null;
  readingLists?: { id: number; name: string; private: boolean; holdsWork: boolean }[];
  muted?: number[];
};

const date = (value: number | null) => (value === null ? null : new Date(value));

function commentRow(comment: CommentJson): CommentRow {
  const { authorName, chapterPosition, editedAt, deletedAt, createdAt, ...rest } = comment;
  return {
    ...rest,
    author: authorName === null ? null : { username: authorName },
    chapter: { position: chapterPosition },
    editedAt: date(editedAt),
    deletedAt: date(deletedAt),
    createdAt: new Date(createdAt),
  };
}

// Everything the work page shows, read in one statement (lib/work-page/work-page-sql.ts), or null
// when this viewer may not open the work (missing and forbidden look the same) or it has no
// chapter they may read. Shapes match the separate reads the page's parts were written for
// (getReadableWork, kudosSummary, getWorkComments…). Cached per request: generateMetadata and the
// page ask with the same arguments.
export const getWorkPage = cache(async (id: number, viewer: Viewer | null, shown: ShownChapters) => {
  const [row] = await db.$queryRaw<Row[]>(workPageSql(id, viewer, shown));
  if (!row || row.chapters.length === 0) return null;
  const { creatorUsername, creatorships, tags, texts, kudosNames, kudosCounts, recipients, seriesPlace, comments, moderateComments, ...fields } = row;
  const { reading, subscribed, bookmark, readingLists, muted, ...workFields } = fields;
  const work = {
    ...workFields,
    creator: { username: creatorUsername },
    creatorships: creatorships.map(({ userId, username }) => ({ userId, user: { username } })),
    tags: tags.map((tag) => ({ tag })),
  };
  const rows = comments.map(commentRow);
  const postedChapters = work.chapters.filter((chapter) => chapter.posted).map(({ id, position }) => ({ id, position }));
  return {
    work,
    texts,
    kudos: { names: kudosNames, moreUsers: Math.max(0, kudosCounts.users - KUDOS_NAMES_SHOWN), guests: kudosCounts.guests },
    recipients,
    seriesPlace,
    comments: {
      // The comment section's view of the work (getCommentableWork's shape).
      work: {
        id: work.id,
        title: work.title,
        creatorships: creatorships.map(({ userId }) => ({ userId })),
        posted: work.posted,
        commentPermission: work.commentPermission,
        moderateComments,
        chapters: postedChapters,
        isCreator: work.isCreator,
        multiChapter: postedChapters.length > 1,
        refusal: commentRefusal(work, viewer !== null),
      },
      threads: buildCommentTree(hideMutedAuthors(rows, new Set(muted ?? []))),
      count: countShown(rows),
    },
    mine: viewer
      ? {
          reading: reading
            ? {
                chapterId: reading.chapterId,
                position: reading.position,
                toRead: reading.toRead,
                lastReadAt: date(reading.lastReadAt),
                chapter: reading.chapterPosition === null ? null : { position: reading.chapterPosition, posted: reading.chapterPosted ?? false },
              }
            : null,
          subscribed: subscribed ?? false,
          // Only a listed work (posted: a reader sees restricted ones) can be bookmarked.
          bookmarkPanel: work.posted
            ? { workId: work.id, bookmark: bookmark ? { ...bookmark, tags: bookmark.tags.map((name) => ({ tag: { name } })) } : null }
            : null,
          readingLists: readingLists ?? [],
        }
      : null,
  };
});

export type WorkPage = NonNullable<Awaited<ReturnType<typeof getWorkPage>>>;
export type WorkPageWork = WorkPage["work"];
export type WorkPageText = WorkPage["texts"][number];
export type WorkReading = NonNullable<NonNullable<WorkPage["mine"]>["reading"]>;
export type BookmarkPanelData = NonNullable<NonNullable<WorkPage["mine"]>["bookmarkPanel"]>;
