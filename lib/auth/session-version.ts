import "server-only";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";

// Every session of an account ends at once when its session version goes up: each token carries
// the version it was issued with, and lib/auth/viewer.ts logs out any token that is behind. One
// UPDATE, so two clicks at once raise it twice and both still end every session.
export async function bumpSessionVersion(userId: number): Promise<Result<{ sessionVersion: number }>> {
  const rows = await db.$queryRaw<{ session_version: number }[]>`
    UPDATE users SET session_version = session_version + 1 WHERE id = ${userId} RETURNING session_version`;
  return rows[0] ? ok({ sessionVersion: rows[0].session_version }) : fail("not_found");
}

// "Log out everywhere": this browser too (the action also clears its cookie).
export async function logOutEverywhere(userId: number): Promise<Result> {
  const bumped = await bumpSessionVersion(userId);
  return bumped.ok ? ok() : bumped;
}

// For the change-password form (a later issue): "every other session of that account is logged
// out". Call this after storing the new hash, then keep the browser that changed it logged in by
// re-issuing its cookie (next-auth/jwt `encode` of its claims with the returned sessionVersion,
// set with sessionCookieOptions from lib/auth/session-cookie.ts) in the Server Action.
export const endOtherSessions = bumpSessionVersion;
