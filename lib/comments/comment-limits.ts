import "server-only";
import type { Transaction } from "@/lib/db";

// AO3's spam brake: accounts younger than a day may leave 3 comments per 15 minutes. Counted in
// the database, so every server agrees without shared memory.
const NEW_ACCOUNT_AGE = "1 day";
const RATE_WINDOW = "15 minutes";
export const NEW_ACCOUNT_COMMENT_LIMIT = 3;

// Locks the commenter's user row for the rest of the transaction, so two comments sent at once
// by one account are counted one after the other. Null when the account no longer exists.
export async function isRateLimited(tx: Transaction, userId: number): Promise<boolean | null> {
  const [user] = await tx.$queryRaw<{ newAccount: boolean }[]>`
    SELECT created_at > now() - ${NEW_ACCOUNT_AGE}::interval AS "newAccount"
    FROM users WHERE id = ${userId} FOR NO KEY UPDATE`;
  if (!user) return null;
  if (!user.newAccount) return false;
  const [recent] = await tx.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM comments
    WHERE author_id = ${userId} AND created_at > now() - ${RATE_WINDOW}::interval`;
  return (recent?.count ?? 0) >= NEW_ACCOUNT_COMMENT_LIMIT;
}

// Guests have no row to lock: one transaction-scoped advisory lock per email serialises a
// guest's double submit so the repeat check below sees the first comment.
export async function lockGuest(tx: Transaction, email: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`comment-guest:${email.toLowerCase()}`}))`;
}

type Commenter = { authorId: number } | { guestEmail: string };

// "The same text twice in a row": the commenter's latest live comment on this work says exactly this.
export async function isRepeatComment(tx: Transaction, workId: number, commenter: Commenter, body: string) {
  const latest = await tx.comment.findFirst({
    where: {
      workId,
      deletedAt: null,
      ...("authorId" in commenter
        ? { authorId: commenter.authorId }
        : { authorId: null, guestEmail: { equals: commenter.guestEmail, mode: "insensitive" } }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { body: true },
  });
  return latest?.body === body;
}
