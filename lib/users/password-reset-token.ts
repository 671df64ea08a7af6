import "server-only";
import { createHash, randomBytes } from "node:crypto";

// AO3's reset links last 6 hours.
export const RESET_TOKEN_LIFETIME_MS = 6 * 60 * 60 * 1000;

// 32 random bytes, URL-safe. Only the SHA-256 is stored: the token is as strong as a random key,
// so a fast hash is enough, and the database alone cannot reset anyone's password.
export function newResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
