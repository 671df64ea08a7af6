import "server-only";
import { db, type Transaction } from "@/lib/db";
import { lockWorkForCreators } from "@/lib/creatorships/lock-work";
import { notifyNewWork } from "@/lib/notices/notify-new-work";
import { fail, ok, type Result } from "@/lib/result";

async function markInvitationRead(tx: Transaction, workId: number, userId: number) {
  await tx.notice.updateMany({ where: { userId, workId, kind: "CREATOR_INVITATION", readAt: null }, data: { readAt: new Date() } });
}

// The invitee becomes a creator of the work. Accepting twice (two tabs, a double click) is the
// same as once: the work is locked, so the second sees the first's answer. A posted work is news
// to the new creator's subscribers who haven't heard of it (notifyNewWork skips those who have).
export async function acceptInvitation(userId: number, workId: number): Promise<Result> {
  return db.$transaction(async (tx): Promise<Result> => {
    const work = await lockWorkForCreators(tx, workId);
    if (!work) return fail("invitation_closed");
    const mine = await tx.creatorship.findUnique({ where: { workId_userId: { workId, userId } }, select: { status: true } });
    if (!mine) return fail("invitation_closed");
    if (mine.status === "ACCEPTED") return ok();
    await tx.creatorship.update({ where: { workId_userId: { workId, userId } }, data: { status: "ACCEPTED", acceptedAt: new Date() } });
    await markInvitationRead(tx, workId, userId);
    if (work.posted) await notifyNewWork(tx, workId);
    return ok();
  });
}

// The invitation goes away (it can be sent again later); an accepted creatorship is not touched
// here — a creator leaves with leaveWork.
export async function rejectInvitation(userId: number, workId: number): Promise<Result> {
  return db.$transaction(async (tx): Promise<Result> => {
    if (!(await lockWorkForCreators(tx, workId))) return fail("invitation_closed");
    const { count } = await tx.creatorship.deleteMany({ where: { workId, userId, status: "INVITED" } });
    if (count === 0) return fail("invitation_closed");
    await markInvitationRead(tx, workId, userId);
    return ok();
  });
}
