import "server-only";
import { signedInFromToken } from "@/lib/auth/signed-in";

export type Viewer = { id: number; username: string; role: "USER" | "ADMIN" };

// What a session token says about its holder. Tokens issued before session versions existed
// carry none: they count as version 0, which "Log out everywhere" leaves behind like any other.
export type SessionClaims = { userId: number; sessionVersion?: number };

// The signed-in user as the database sees them now, or null (the rule: lib/auth/signed-in.ts).
export async function viewerFromToken(claims: SessionClaims | null | undefined): Promise<Viewer | null> {
  return (await signedInFromToken(claims))?.viewer ?? null;
}
