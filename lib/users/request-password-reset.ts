import "server-only";
import { db } from "@/lib/db";
import { runNow, type Defer } from "@/lib/mail/defer";
import { publicOrigin } from "@/lib/mail/public-origin";
import { sendMail } from "@/lib/mail/send-mail";
import { consumeLimit } from "@/lib/rate-limits/check-limit";
import { ok, type Result } from "@/lib/result";
import { ORPHAN_ACCOUNT_USERNAME } from "@/lib/users/orphan-account";
import { newResetToken, RESET_TOKEN_LIFETIME_MS } from "@/lib/users/password-reset-token";
import { resetPasswordPath } from "@/lib/routes";

// The one answer to every "Forgot password?" request.
export const RESET_REQUESTED_MESSAGE =
  "If that is the email or username of an account here, we've sent an email to its address with a link to reset the password. The link works once, for 6 hours.";

// "Forgot password?": always the same answer, whether or not the account exists. The one lookup
// runs either way; making the token and sending the mail are deferred past the response, so the
// answer also takes as long. A newer request replaces the account's older token (one row per
// account). Over the per-account limit, no mail goes out and the answer is still the same; the
// per-address limit is the action's and is said openly (it reveals nothing about the account).
export async function requestPasswordReset(login: string, defer: Defer = runNow): Promise<Result> {
  const key = login.trim().toLowerCase();
  const user = await db.user.findFirst({
    where: { OR: [{ usernameKey: key }, { emailKey: key }], NOT: { usernameKey: ORPHAN_ACCOUNT_USERNAME } },
    select: { id: true, username: true, email: true },
  });
  if (user) await defer(() => sendResetLink(user));
  return ok();
}

async function sendResetLink(user: { id: number; username: string; email: string }): Promise<void> {
  const verdict = await consumeLimit("password_reset_account", { account: user.username });
  if (!verdict.allowed) return;
  const { token, tokenHash } = newResetToken();
  const createdAt = new Date();
  const expiresAt = new Date(createdAt.getTime() + RESET_TOKEN_LIFETIME_MS);
  await db.passwordResetToken.upsert({
    where: { userId: user.id },
    create: { userId: user.id, tokenHash, createdAt, expiresAt },
    update: { tokenHash, createdAt, expiresAt },
  });
  const link = `${publicOrigin()}${resetPasswordPath(token)}`;
  await sendMail({
    to: user.email,
    subject: "Reset your Folio password",
    text:
      `Someone (we hope you) asked to reset the password of the Folio account ${user.username}.\n\n` +
      `Choose a new password here (the link works once, for 6 hours):\n${link}\n\n` +
      "If you did not ask, ignore this mail: your password stays as it is.\n",
  });
}
