import "server-only";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/db-errors";
import { runNow, type Defer } from "@/lib/mail/defer";
import { sendMail } from "@/lib/mail/send-mail";
import { fail, ok, type Result } from "@/lib/result";
import type { ChangeEmailInput } from "@/lib/users/account-schema";

// The owner changes their email with their password. As on AO3, the old address is told, so a
// stolen session can't quietly take the account's recovery address. Uniqueness is the database's
// (the case-insensitive email key); a reset link sent to the old address stops working.
export async function changeEmail(actorId: number, userId: number, input: ChangeEmailInput, defer: Defer = runNow): Promise<Result> {
  if (actorId !== userId) return fail("not_found");
  const user = await db.user.findUnique({ where: { id: userId }, select: { username: true, email: true, passwordHash: true } });
  if (!user) return fail("not_found");
  if (!(await verifyPassword(user.passwordHash, input.password))) return fail("password_wrong", { field: "password" });
  try {
    await db.$transaction([
      db.user.update({ where: { id: userId }, data: { email: input.email } }),
      db.passwordResetToken.deleteMany({ where: { userId } }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error, "email_key")) return fail("email_taken", { field: "email" });
    throw error;
  }
  if (user.email.toLowerCase() !== input.email.toLowerCase()) {
    await defer(() =>
      sendMail({
        to: user.email,
        subject: "Your Folio email address was changed",
        text: `The email address of the Folio account ${user.username} was changed to ${input.email}.\n\nIf you did not do this, reset your password from the log-in page and change the email back.\n`,
      }),
    );
  }
  return ok();
}
