import "server-only";
import { db } from "@/lib/db";

// A work's creators and pending invitations, for its edit page (the caller has checked that the
// viewer is a creator).
export async function listWorkCreators(workId: number) {
  const rows = await db.creatorship.findMany({
    where: { workId },
    orderBy: [{ acceptedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: { status: true, user: { select: { username: true } } },
  });
  return {
    creators: rows.filter((row) => row.status === "ACCEPTED").map((row) => row.user.username),
    invited: rows.filter((row) => row.status === "INVITED").map((row) => row.user.username),
  };
}
