import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listedWorksWhere } from "@/lib/works/visibility";

// What the work page's bookmark panel needs: whether the viewer may bookmark the work (a listed
// work, so not a draft) and their own bookmark of it, if any. Null when the work is not listed.
export async function getBookmarkPanel(workId: number, viewer: Viewer) {
  const work = await db.work.findFirst({
    where: { AND: [{ id: workId }, listedWorksWhere(viewer)] },
    select: {
      id: true,
      bookmarks: {
        where: { userId: viewer.id },
        select: { id: true, notes: true, rec: true, private: true, tags: { select: { tag: { select: { name: true } } } } },
      },
    },
  });
  if (!work) return null;
  return { workId: work.id, bookmark: work.bookmarks[0] ?? null };
}
