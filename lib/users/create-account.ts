import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/db-errors";
import { fail, ok, type Result } from "@/lib/result";
import type { SignUpInput } from "@/lib/users/schema";

export async function createAccount(input: SignUpInput): Promise<Result<{ userId: number }>> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { username: input.username, email: input.email, passwordHash },
      select: { id: true },
    });
    return ok({ userId: user.id });
  } catch (error) {
    // Uniqueness lives in the database (case-insensitive generated keys); two sign-ups racing for
    // one name both reach this point and exactly one wins.
    if (isUniqueViolation(error, "username_key")) {
      return fail("username_taken", { field: "username" });
    }
    if (isUniqueViolation(error, "email_key")) {
      return fail("email_taken", { field: "email" });
    }
    throw error;
  }
}
