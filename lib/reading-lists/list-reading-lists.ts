import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { visibleItemsWhere } from "@/lib/reading-lists/get-reading-list";

// A user's lists as the viewer may see them (private ones only by the owner), by name, each with
// the number of works the viewer would find on it.
export async function listUserReadingLists(ownerId: number, viewer: Viewer | null) {
  return db.readingList.findMany({
    where: { ownerId, ...(viewer?.id === ownerId ? {} : { private: false }) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      private: true,
      _count: { select: { items: { where: visibleItemsWhere(ownerId, viewer) } } },
    },
  });
}

// The viewer's own lists for the work page's "Add to list" select, and which already hold the work.
export async function listOwnReadingListsFor(userId: number, workId: number) {
  const lists = await db.readingList.findMany({
    where: { ownerId: userId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, private: true, items: { where: { bookmark: { workId } }, select: { bookmarkId: true } } },
  });
  return lists.map(({ items, ...list }) => ({ ...list, holdsWork: items.length > 0 }));
}

export type OwnReadingList = Awaited<ReturnType<typeof listOwnReadingListsFor>>[number];
