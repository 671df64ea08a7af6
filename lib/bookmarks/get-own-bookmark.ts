import "server-only";
import { db } from "@/lib/db";

// The user's own bookmark for its edit page, with the work's title (null once the work is
// deleted); null for anyone else's.
export function getOwnBookmark(bookmarkId: number, userId: number) {
  return db.bookmark.findFirst({
    where: { id: bookmarkId, userId },
    select: {
      id: true,
      notes: true,
      rec: true,
      private: true,
      tags: { select: { tag: { select: { name: true } } } },
      work: { select: { id: true, title: true } },
    },
  });
}

export type OwnBookmark = NonNullable<Awaited<ReturnType<typeof getOwnBookmark>>>;
