import "server-only";
import { db, type Db, type Transaction } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";

// Every session of an account ends at once when its session version goes up: each token carries
// the version it was issued with, and lib/auth/viewer.ts logs out any token that is behind. One
// UPDATE, so two clicks at once raise it twice and both still end every session. Pass the
// transaction that changes the password, so the new password and the logged-out sessions commit together.
export async function bumpSessionVersion(userId: number, client: Db | Transaction = db): Promise<Result<{ sessionVersion: number }>> {
  const rows = await client.$queryRaw<{ session_version: number }[]>`
    UPDATE users SET session_version = session_version + 1 WHERE id = ${userId} RETURNING session_version`;
  return rows[0] ? ok({ sessionVersion: rows[0].session_version }) : fail("not_found");
}

// "Log out everywhere": this browser too (the action also clears its cookie).
export async function logOutEverywhere(userId: number): Promise<Result> {
  const bumped = await bumpSessionVersion(userId);
  return bumped.ok ? ok() : bumped;
}

// The change-password form: "every other session of that account is logged out". Called in the
// transaction that stores the new hash; the Server Action then keeps the browser that changed it
// logged in by re-issuing its cookie with the returned version (lib/auth/keep-this-session.ts).
export const endOtherSessions = bumpSessionVersion;
