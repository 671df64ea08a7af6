import "server-only";
import { db, type Transaction } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { fail, ok, type Result } from "@/lib/result";
import { adjustTagUses } from "@/lib/tags/find-or-create-tags";
import type { DeleteAccountInput } from "@/lib/users/account-schema";
import { orphanAccountId } from "@/lib/users/orphan-account";

// AO3's "Delete my account", in one transaction:
// - a work with other creators stays theirs: the account only leaves it (the earliest remaining
//   creator becomes works.creator_id, as in "Remove me as co-creator");
// - the account's own posted works go to orphan_account without the name ("Orphan my works") or are deleted with
//   their chapters, comments and kudos ("Delete my works", tag use counts lowered); drafts are
//   deleted either way, since an orphaned draft could never be read or finished by anyone;
// - kudos and public bookmarks the account gave leave their works' counts; its bookmarks,
//   subscriptions, inbox and reset token go;
// - its comments stay, shown as "(Account deleted)": the foreign key sets comments.author_id to
//   NULL, and a comment with neither author nor guest name is one from a deleted account;
// - the row goes, so every session ends and the username and email are free again (as on AO3).
export async function deleteAccount(actorId: number, userId: number, input: DeleteAccountInput): Promise<Result> {
  if (actorId !== userId) return fail("not_found");
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) return fail("not_found");
  if (!(await verifyPassword(user.passwordHash, input.password))) return fail("password_wrong", { field: "password" });

  return db.$transaction(async (tx): Promise<Result> => {
    // While the row is locked, nothing new can point at the account: every kudos, bookmark,
    // comment or subscription insert takes a key-share lock on it through its foreign key.
    const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`;
    if (locked.length === 0) return fail("not_found");

    const works = await tx.$queryRaw<{ id: number; posted: boolean; successor: number | null }[]>`
      SELECT w.id, w.posted,
             (SELECT c.user_id FROM creatorships c WHERE c.work_id = w.id AND c.status = 'ACCEPTED' AND c.user_id <> ${userId}
              ORDER BY c.accepted_at, c.id LIMIT 1) AS successor
      FROM works w
      WHERE w.creator_id = ${userId}
         OR EXISTS (SELECT 1 FROM creatorships c WHERE c.work_id = w.id AND c.user_id = ${userId} AND c.status = 'ACCEPTED')
      ORDER BY w.id FOR UPDATE`;
    const shared = works.filter((work) => work.successor !== null);
    const own = works.filter((work) => work.successor === null);
    const orphaned = input.works === "orphan" ? own.filter((work) => work.posted) : [];
    const deleted = own.filter((work) => !orphaned.includes(work));
    if (shared.length > 0) {
      await tx.creatorship.deleteMany({ where: { workId: { in: shared.map((work) => work.id) }, userId } });
      await tx.$executeRaw`
        UPDATE works w SET creator_id = s.successor
        FROM unnest(${shared.map((work) => work.id)}::int[], ${shared.map((work) => work.successor!)}::int[]) AS s(id, successor)
        WHERE w.id = s.id AND w.creator_id = ${userId}`;
    }
    await deleteWorks(tx, deleted);
    if (orphaned.length > 0) {
      const orphanId = await orphanAccountId(tx);
      const ids = orphaned.map((work) => work.id);
      await tx.work.updateMany({ where: { id: { in: ids } }, data: { creatorId: orphanId } });
      // The byline's creatorship moves with the work (the account's own row goes with the account).
      await tx.creatorship.updateMany({ where: { workId: { in: ids }, userId }, data: { userId: orphanId } });
    }
    await takeBackFeedback(tx, userId);
    await tx.user.delete({ where: { id: userId } });
    return ok();
  });
}

async function deleteWorks(tx: Transaction, works: { id: number; posted: boolean }[]) {
  if (works.length === 0) return;
  const posted = works.filter((work) => work.posted).map((work) => work.id);
  const links = await tx.workTag.findMany({ where: { workId: { in: posted } }, select: { tagId: true } });
  await adjustTagUses(tx, { removed: links.map((link) => link.tagId) });
  await tx.work.deleteMany({ where: { id: { in: works.map((work) => work.id) } } });
}

// Kudos and public bookmarks leave the counts of the works they were on. The works are locked in
// id order first, so two accounts deleted at once wait for each other rather than deadlock.
async function takeBackFeedback(tx: Transaction, userId: number) {
  await tx.$executeRaw`
    SELECT id FROM works
     WHERE id IN (SELECT work_id FROM kudos WHERE user_id = ${userId}
                  UNION SELECT work_id FROM bookmarks WHERE user_id = ${userId} AND NOT private AND work_id IS NOT NULL)
     ORDER BY id FOR NO KEY UPDATE`;
  await tx.$executeRaw`
    WITH gone AS (DELETE FROM kudos WHERE user_id = ${userId} RETURNING work_id)
    UPDATE works w SET kudos_count = w.kudos_count - g.n
      FROM (SELECT work_id, count(*)::int AS n FROM gone GROUP BY work_id) g
     WHERE w.id = g.work_id`;
  await tx.$executeRaw`
    WITH gone AS (DELETE FROM bookmarks WHERE user_id = ${userId} RETURNING work_id, private)
    UPDATE works w SET bookmarks_count = w.bookmarks_count - g.n
      FROM (SELECT work_id, count(*)::int AS n FROM gone WHERE NOT private AND work_id IS NOT NULL GROUP BY work_id) g
     WHERE w.id = g.work_id`;
}
