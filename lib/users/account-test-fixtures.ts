// Builders for the account integration tests: users with a real password, and the mail they get.
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { makeUser } from "../../scripts/test/fixtures";

export const PASSWORD = "correct horse battery";

export async function userWithPassword(prefix: string, password = PASSWORD) {
  const user = await makeUser(prefix);
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return { ...user, email: `${user.username}@example.test` };
}

export async function sessionVersionOf(userId: number) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
}

export async function mailsTo(address: string) {
  return db.mailOutbox.findMany({ where: { toAddress: address }, orderBy: { id: "asc" } });
}

// The token of the reset link in the newest mail to the address.
export async function resetTokenFromMail(address: string): Promise<string> {
  const mail = (await mailsTo(address)).at(-1);
  const token = mail && /reset_password_token=([A-Za-z0-9_-]+)/.exec(mail.textBody)?.[1];
  if (!token) throw new Error(`No reset link mailed to ${address}`);
  return token;
}
