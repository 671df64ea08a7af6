import "server-only";
import { db } from "@/lib/db";
import { workBlurbSelect } from "@/lib/works/blurb-select";

// A creator's unposted works, for their own eyes only (the caller passes the session's user).
export function listOwnDrafts(creatorId: number) {
  return db.work.findMany({
    where: { creatorId, posted: false },
    orderBy: { updatedAt: "desc" },
    select: workBlurbSelect,
  });
}
