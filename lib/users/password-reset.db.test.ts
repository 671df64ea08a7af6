import { afterAll, describe, expect, test } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { viewerFromToken } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/rate-limits/limits";
import { rateLimits } from "@/lib/rate-limits/rate-limits";
import { mailsTo, PASSWORD, resetTokenFromMail, sessionVersionOf, userWithPassword } from "@/lib/users/account-test-fixtures";
import { hashResetToken } from "@/lib/users/password-reset-token";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { isResetTokenValid, resetPassword } from "@/lib/users/reset-password";

const NEW_PASSWORD = "a brand new passphrase";

afterAll(async () => {
  await rateLimits().close();
});

async function passwordHashOf(userId: number) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash;
}

describe("forgot password", () => {
  test("the same answer for an account, its email in another case, and no account at all", async () => {
    const user = await userWithPassword("forgetful");
    const outboxBefore = await db.mailOutbox.count();
    expect(await requestPasswordReset("nobody_by_this_name")).toEqual({ ok: true, value: undefined });
    expect(await requestPasswordReset("nobody@example.test")).toEqual({ ok: true, value: undefined });
    expect(await db.mailOutbox.count()).toBe(outboxBefore);

    expect(await requestPasswordReset(` ${user.email.toUpperCase()} `)).toEqual({ ok: true, value: undefined });
    const mails = await mailsTo(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.textBody).toMatch(/http:\/\/[^/]+\/users\/password\/edit\?reset_password_token=[A-Za-z0-9_-]{43}/);
  });

  test("only the token's hash is stored", async () => {
    const user = await userWithPassword("hashed");
    await requestPasswordReset(user.username);
    const token = await resetTokenFromMail(user.email);
    const row = await db.passwordResetToken.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(hashResetToken(token));
    expect(row.tokenHash).not.toContain(token);
    // Six hours, as on AO3.
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(6 * 60 * 60 * 1000);
  });

  test("the link sets a new password once, and every session of the account ends", async () => {
    const user = await userWithPassword("resetter");
    await requestPasswordReset(user.username);
    const token = await resetTokenFromMail(user.email);

    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: true, value: undefined });
    const hash = await passwordHashOf(user.id);
    expect(await verifyPassword(hash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, PASSWORD)).toBe(false);
    expect(await sessionVersionOf(user.id)).toBe(1);
    expect(await viewerFromToken({ userId: user.id, sessionVersion: 0 })).toBeNull();

    expect(await isResetTokenValid(token)).toBe(false);
    expect(await resetPassword(token, "yet another password")).toEqual({ ok: false, code: "reset_token_invalid" });
    expect(await verifyPassword(await passwordHashOf(user.id), NEW_PASSWORD)).toBe(true);
  });

  test("the same link submitted twice at once works once", async () => {
    const user = await userWithPassword("doubleclick");
    await requestPasswordReset(user.username);
    const token = await resetTokenFromMail(user.email);
    const results = await Promise.all([resetPassword(token, "first new password"), resetPassword(token, "second new password")]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await sessionVersionOf(user.id)).toBe(1);
  });

  test("an expired link is refused and leaves the password alone", async () => {
    const user = await userWithPassword("late");
    await requestPasswordReset(user.username);
    const token = await resetTokenFromMail(user.email);
    // Asked for seven hours ago.
    const hour = 60 * 60 * 1000;
    await db.passwordResetToken.update({
      where: { userId: user.id },
      data: { createdAt: new Date(Date.now() - 7 * hour), expiresAt: new Date(Date.now() - hour) },
    });
    expect(await isResetTokenValid(token)).toBe(false);
    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: false, code: "reset_token_invalid" });
    expect(await verifyPassword(await passwordHashOf(user.id), PASSWORD)).toBe(true);
    expect(await sessionVersionOf(user.id)).toBe(0);
  });

  test("a newer request makes the older link stop working", async () => {
    const user = await userWithPassword("twice");
    await requestPasswordReset(user.username);
    const first = await resetTokenFromMail(user.email);
    await requestPasswordReset(user.email);
    const second = await resetTokenFromMail(user.email);
    expect(second).not.toBe(first);
    expect(await resetPassword(first, NEW_PASSWORD)).toEqual({ ok: false, code: "reset_token_invalid" });
    expect(await resetPassword(second, NEW_PASSWORD)).toEqual({ ok: true, value: undefined });
  });

  test("past the per-account limit no more mail goes out, and the answer stays the same", async () => {
    const user = await userWithPassword("flooded");
    const allowed = LIMITS.password_reset_account.points;
    for (let request = 0; request < allowed + 2; request += 1) {
      expect(await requestPasswordReset(request % 2 ? user.email : user.username)).toEqual({ ok: true, value: undefined });
    }
    expect(await mailsTo(user.email)).toHaveLength(allowed);
  });

  test("orphan_account never gets a reset link", async () => {
    const before = await db.passwordResetToken.count();
    await requestPasswordReset("orphan_account");
    await requestPasswordReset("orphan_account@invalid");
    expect(await db.passwordResetToken.count()).toBe(before);
    expect(await mailsTo("orphan_account@invalid")).toHaveLength(0);
  });

  test("a made-up token is refused", async () => {
    expect(await isResetTokenValid("made-up")).toBe(false);
    expect(await resetPassword("made-up", NEW_PASSWORD)).toEqual({ ok: false, code: "reset_token_invalid" });
  });
});
