import "server-only";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endOtherSessions } from "@/lib/auth/session-version";
import { fail, type Result } from "@/lib/result";
import type { ChangePasswordInput } from "@/lib/users/account-schema";

// The owner changes their password with the old one. Every session of the account ends (the
// action keeps the browser that asked logged in) and any reset link sent earlier stops working.
// The update names the old hash, so two changes racing from one old password can't both win.
export async function changePassword(
  actorId: number,
  userId: number,
  input: Pick<ChangePasswordInput, "oldPassword" | "password">,
): Promise<Result<{ sessionVersion: number }>> {
  if (actorId !== userId) return fail("not_found");
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) return fail("not_found");
  if (!(await verifyPassword(user.passwordHash, input.oldPassword))) return fail("old_password_wrong", { field: "oldPassword" });
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const changed = await tx.user.updateMany({ where: { id: userId, passwordHash: user.passwordHash }, data: { passwordHash } });
    if (changed.count === 0) return fail("old_password_wrong", { field: "oldPassword" });
    await tx.passwordResetToken.deleteMany({ where: { userId } });
    return endOtherSessions(userId, tx);
  });
}
