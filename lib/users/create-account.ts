import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/db-errors";
import type { SignUpInput } from "@/lib/users/schema";

export type CreateAccountResult =
  | { ok: true; userId: number }
  | { ok: false; field: "username" | "email"; message: string };

export async function createAccount(input: SignUpInput): Promise<CreateAccountResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { username: input.username, email: input.email, passwordHash },
      select: { id: true },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    // Uniqueness lives in the database (case-insensitive generated keys); two sign-ups racing for
    // one name both reach this point and exactly one wins.
    if (isUniqueViolation(error, "username_key")) {
      return { ok: false, field: "username", message: "Username has already been taken." };
    }
    if (isUniqueViolation(error, "email_key")) {
      return { ok: false, field: "email", message: "Email has already been taken." };
    }
    throw error;
  }
}
