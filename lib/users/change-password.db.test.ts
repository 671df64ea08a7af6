import { afterAll, describe, expect, test } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { viewerFromToken } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { changeEmail } from "@/lib/users/change-email";
import { changePassword } from "@/lib/users/change-password";
import { rateLimits } from "@/lib/rate-limits/rate-limits";
import { mailsTo, PASSWORD, resetTokenFromMail, sessionVersionOf, userWithPassword } from "@/lib/users/account-test-fixtures";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { isResetTokenValid } from "@/lib/users/reset-password";

const NEW_PASSWORD = "a brand new passphrase";

// A reset request counts against the account's limit, in this file's database.
afterAll(async () => {
  await rateLimits().close();
});

async function passwordHashOf(userId: number) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash;
}

describe("changing the password", () => {
  test("with the old password: the new one counts and every session before it ends", async () => {
    const user = await userWithPassword("changer");
    const result = await changePassword(user.id, user.id, { oldPassword: PASSWORD, password: NEW_PASSWORD });
    expect(result).toEqual({ ok: true, value: { sessionVersion: 1 } });
    const hash = await passwordHashOf(user.id);
    expect(await verifyPassword(hash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, PASSWORD)).toBe(false);
    // Tokens issued before are logged out; the one the action re-issues (version 1) counts.
    expect(await viewerFromToken({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await viewerFromToken({ userId: user.id, sessionVersion: 1 })).toMatchObject({ id: user.id });
  });

  test("a wrong old password is refused beside its field and changes nothing", async () => {
    const user = await userWithPassword("wrongold");
    const before = await passwordHashOf(user.id);
    expect(await changePassword(user.id, user.id, { oldPassword: "not it at all", password: NEW_PASSWORD })).toEqual({
      ok: false,
      code: "old_password_wrong",
      field: "oldPassword",
    });
    expect(await passwordHashOf(user.id)).toBe(before);
    expect(await sessionVersionOf(user.id)).toBe(0);
  });

  test("someone else's account is not found, even with its password", async () => {
    const owner = await userWithPassword("owner");
    const other = await userWithPassword("other");
    expect(await changePassword(other.id, owner.id, { oldPassword: PASSWORD, password: NEW_PASSWORD })).toEqual({ ok: false, code: "not_found" });
    expect(await sessionVersionOf(owner.id)).toBe(0);
  });

  test("two changes from the same old password: only one wins", async () => {
    const user = await userWithPassword("racer");
    const results = await Promise.all([
      changePassword(user.id, user.id, { oldPassword: PASSWORD, password: "first new password" }),
      changePassword(user.id, user.id, { oldPassword: PASSWORD, password: "second new password" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await sessionVersionOf(user.id)).toBe(1);
  });

  test("a reset link sent before the change stops working", async () => {
    const user = await userWithPassword("resetthenchange");
    await requestPasswordReset(user.username);
    const token = await resetTokenFromMail(user.email);
    expect(await isResetTokenValid(token)).toBe(true);
    await changePassword(user.id, user.id, { oldPassword: PASSWORD, password: NEW_PASSWORD });
    expect(await isResetTokenValid(token)).toBe(false);
  });
});

describe("changing the email", () => {
  test("with the password: the address changes and the old one is told", async () => {
    const user = await userWithPassword("mover");
    const newEmail = `${user.username}.new@example.test`;
    expect(await changeEmail(user.id, user.id, { email: newEmail, password: PASSWORD })).toEqual({ ok: true, value: undefined });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } });
    expect(row.email).toBe(newEmail);
    const [notice] = await mailsTo(user.email);
    expect(notice?.textBody).toContain(newEmail);
  });

  test("an address another account has (in any case) is refused beside the field", async () => {
    const user = await userWithPassword("wanter");
    const holder = await userWithPassword("holder");
    expect(await changeEmail(user.id, user.id, { email: holder.email.toUpperCase(), password: PASSWORD })).toEqual({
      ok: false,
      code: "email_taken",
      field: "email",
    });
  });

  test("a wrong password or someone else's account changes nothing", async () => {
    const user = await userWithPassword("guarded");
    const other = await userWithPassword("intruder");
    expect(await changeEmail(user.id, user.id, { email: "x@example.test", password: "wrong password" })).toEqual({
      ok: false,
      code: "password_wrong",
      field: "password",
    });
    expect(await changeEmail(other.id, user.id, { email: "y@example.test", password: PASSWORD })).toEqual({ ok: false, code: "not_found" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } });
    expect(row.email).toBe(user.email);
  });
});
