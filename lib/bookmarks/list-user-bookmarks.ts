import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BOOKMARKS_PER_PAGE } from "@/lib/bookmarks/limits";
import { notMutedByWhere } from "@/lib/muting/muted-sql";
import { workBlurbSelect } from "@/lib/works/blurb-select";
import { listedWorksWhere } from "@/lib/works/visibility";

// Which of a user's bookmarks a viewer may see: private ones only by their owner; ones whose work
// the viewer may not list (restricted for guests, drafts) by nobody; ones whose work was deleted
// stay, so the notes survive ("This has been deleted, sorry!"). Someone else's list hides, for a
// muter, the muted users' bookmarks and bookmarks of muted users' works; the owner's own list
// hides nothing (they are the owner's notes).
function visibleBookmarksWhere(ownerId: number, viewer: Viewer | null): Prisma.BookmarkWhereInput {
  if (viewer?.id === ownerId) return { userId: ownerId, OR: [{ workId: null }, { work: { is: listedWorksWhere(viewer) } }] };
  return {
    userId: ownerId,
    private: false,
    user: notMutedByWhere(viewer),
    OR: [{ workId: null }, { work: { is: { AND: [listedWorksWhere(viewer), { creator: notMutedByWhere(viewer) }] } } }],
  };
}

const bookmarkListSelect = {
  id: true,
  notes: true,
  rec: true,
  private: true,
  createdAt: true,
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
  work: { select: workBlurbSelect },
} satisfies Prisma.BookmarkSelect;

export type BookmarkListItem = Prisma.BookmarkGetPayload<{ select: typeof bookmarkListSelect }>;

// One page of a user's bookmarks as the viewer may see them, newest first.
export async function listUserBookmarks(ownerId: number, viewer: Viewer | null, page: number) {
  const where = visibleBookmarksWhere(ownerId, viewer);
  const [bookmarks, total] = await Promise.all([
    db.bookmark.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * BOOKMARKS_PER_PAGE,
      take: BOOKMARKS_PER_PAGE,
      select: bookmarkListSelect,
    }),
    db.bookmark.count({ where }),
  ]);
  return { bookmarks, total, page, pageCount: Math.max(1, Math.ceil(total / BOOKMARKS_PER_PAGE)) };
}
