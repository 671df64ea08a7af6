import "server-only";
import { db } from "@/lib/db";

// Whether the viewer has muted or blocked a user, for the buttons on that user's profile.
export async function getMutingState(viewerId: number, userId: number) {
  const [muted, blocked] = await Promise.all([
    db.mute.count({ where: { muterId: viewerId, mutedId: userId } }),
    db.block.count({ where: { blockerId: viewerId, blockedId: userId } }),
  ]);
  return { muted: muted > 0, blocked: blocked > 0 };
}

// The owner's muted users, newest first (at most MUTED_USERS_MAX, so one page).
export async function listMutedUsers(ownerId: number) {
  const rows = await db.mute.findMany({
    where: { muterId: ownerId },
    orderBy: [{ createdAt: "desc" }, { mutedId: "desc" }],
    select: { createdAt: true, muted: { select: { id: true, username: true } } },
  });
  return rows.map((row) => ({ ...row.muted, since: row.createdAt }));
}

// The owner's blocked users, newest first (at most BLOCKED_USERS_MAX, so one page).
export async function listBlockedUsers(ownerId: number) {
  const rows = await db.block.findMany({
    where: { blockerId: ownerId },
    orderBy: [{ createdAt: "desc" }, { blockedId: "desc" }],
    select: { createdAt: true, blocked: { select: { id: true, username: true } } },
  });
  return rows.map((row) => ({ ...row.blocked, since: row.createdAt }));
}
