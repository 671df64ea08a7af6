import "server-only";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";

// A dummy hash to verify against when no user matches, so a wrong username takes as long as a
// wrong password and does not reveal which accounts exist.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$RhyEu2rtgyFalDHFBhmwcg$VrgqLTc1UY20z97H0U8Au7esMP4jnWrOEVqOCpUB8Nk";

export async function authenticate(login: string, password: string) {
  const key = login.trim().toLowerCase();
  const user = await db.user.findFirst({
    where: { OR: [{ usernameKey: key }, { emailKey: key }] },
    select: { id: true, username: true, passwordHash: true, sessionVersion: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  return user && valid ? { id: user.id, username: user.username, sessionVersion: user.sessionVersion } : null;
}
