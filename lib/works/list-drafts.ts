import "server-only";
import { db } from "@/lib/db";
import { workBlurbSelect } from "@/lib/works/blurb-select";
import { createdByWhere } from "@/lib/creatorships/creator-where";

// Unposted works the user is a creator of, for their own eyes only (the caller passes the session's user).
export function listOwnDrafts(creatorId: number) {
  return db.work.findMany({
    where: { ...createdByWhere(creatorId), posted: false },
    orderBy: { updatedAt: "desc" },
    select: workBlurbSelect,
  });
}
