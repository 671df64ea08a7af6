import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { bumpSessionVersion } from "@/lib/auth/session-version";
import { fail, ok, type Result } from "@/lib/result";
import { hashResetToken } from "@/lib/users/password-reset-token";

// Whether a reset link still works, for its page (the form is shown only then).
export async function isResetTokenValid(token: string): Promise<boolean> {
  const row = await db.passwordResetToken.findFirst({
    where: { tokenHash: hashResetToken(token), expiresAt: { gt: new Date() } },
    select: { userId: true },
  });
  return row !== null;
}

// The reset link's form. The token is taken by deleting its row, and only the DELETE that removed
// it counts, so a link works once even when submitted twice at the same moment; an expired one is
// deleted and refused. The new password and
// the end of every session of the account commit together.
export async function resetPassword(token: string, password: string): Promise<Result> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx): Promise<Result> => {
    const tokenHash = hashResetToken(token);
    const row = await tx.passwordResetToken.findUnique({ where: { tokenHash }, select: { userId: true, expiresAt: true } });
    if (!row) return fail("reset_token_invalid");
    const taken = await tx.passwordResetToken.deleteMany({ where: { tokenHash } });
    if (taken.count === 0 || row.expiresAt.getTime() <= Date.now()) return fail("reset_token_invalid");
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    const bumped = await bumpSessionVersion(row.userId, tx);
    return bumped.ok ? ok() : bumped;
  });
}
