import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notMutedByWhere } from "@/lib/muting/muted-sql";
import { READING_LIST_WORKS_PER_PAGE } from "@/lib/reading-lists/limits";
import { workBlurbSelect } from "@/lib/works/blurb-select";
import { listedWorksWhere } from "@/lib/works/visibility";

// Which lists a viewer may open: public ones, and their own private ones.
export function visibleListsWhere(viewer: Viewer | null): Prisma.ReadingListWhereInput {
  return viewer ? { OR: [{ private: false }, { ownerId: viewer.id }] } : { private: false };
}

// Which works of a list a viewer sees: for the owner, every work they may list; for others also
// not through a private bookmark (the bookmark's privacy holds inside a public list), nor a muted
// writer's work. The page and its count use this one condition.
export function visibleItemsWhere(ownerId: number, viewer: Viewer | null): Prisma.ReadingListItemWhereInput {
  const own = viewer?.id === ownerId;
  return {
    bookmark: {
      ...(own ? {} : { private: false }),
      work: { is: own ? listedWorksWhere(viewer) : { AND: [listedWorksWhere(viewer), { creator: notMutedByWhere(viewer) }] } },
    },
  };
}

// One page of a list as the viewer may see it, newest additions first; null when the list is
// missing or another user's private list (a 404 either way).
export async function getReadingList(listId: number, viewer: Viewer | null, page: number) {
  const list = await db.readingList.findFirst({
    where: { AND: [{ id: listId }, visibleListsWhere(viewer)] },
    select: { id: true, name: true, private: true, ownerId: true, owner: { select: { username: true } } },
  });
  if (!list) return null;
  const where = { AND: [{ listId: list.id }, visibleItemsWhere(list.ownerId, viewer)] };
  const [items, total] = await Promise.all([
    db.readingListItem.findMany({
      where,
      orderBy: [{ addedAt: "desc" }, { bookmarkId: "desc" }],
      skip: (page - 1) * READING_LIST_WORKS_PER_PAGE,
      take: READING_LIST_WORKS_PER_PAGE,
      select: { bookmarkId: true, bookmark: { select: { work: { select: workBlurbSelect } } } },
    }),
    db.readingListItem.count({ where }),
  ]);
  return {
    list,
    items: items.flatMap(({ bookmarkId, bookmark }) => (bookmark.work ? [{ bookmarkId, work: bookmark.work }] : [])),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / READING_LIST_WORKS_PER_PAGE)),
  };
}
