import type { Viewer } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableWorksWhere } from "@/lib/works/visibility";
import { createdByWhere } from "@/lib/creatorships/creator-where";

// Which comments a viewer may read: those on works and chapters they may open, approved ones,
// plus their own awaiting approval, plus everything on their own works (to approve it).
// Part of every comment query's where, never checked after fetching.
export function visibleCommentsWhere(viewer: Viewer | null): Prisma.CommentWhereInput {
  if (!viewer) return { work: readableWorksWhere(null), chapter: { posted: true }, approved: true };
  return {
    work: readableWorksWhere(viewer),
    chapter: { OR: [{ posted: true }, { work: createdByWhere(viewer.id) }] },
    OR: [{ approved: true }, { authorId: viewer.id }, { work: createdByWhere(viewer.id) }],
  };
}
