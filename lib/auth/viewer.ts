import "server-only";
import { db } from "@/lib/db";

export type Viewer = { id: number; username: string; role: "USER" | "ADMIN" };

// What a session token says about its holder. Tokens issued before session versions existed
// carry none: they count as version 0, which "Log out everywhere" leaves behind like any other.
export type SessionClaims = { userId: number; sessionVersion?: number };

// The token proves who signed in; the row decides whether that still counts. The role is read
// fresh so that a revoked admin loses it at once, a deleted account stops acting, and a token whose
// session version is behind the account's (after "Log out everywhere" or a password change) is
// logged out — all in one query.
export async function viewerFromToken(claims: SessionClaims | null | undefined): Promise<Viewer | null> {
  if (!claims || !Number.isSafeInteger(claims.userId)) return null;
  return db.user.findFirst({
    where: { id: claims.userId, sessionVersion: claims.sessionVersion ?? 0 },
    select: { id: true, username: true, role: true },
  });
}
