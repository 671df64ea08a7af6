import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { bumpSessionVersion, logOutEverywhere } from "@/lib/auth/session-version";
import { viewerFromToken } from "@/lib/auth/viewer";
import { makeUser } from "../../scripts/test/fixtures";

describe("session versions", () => {
  test("a token issued at the account's version is the signed-in user", async () => {
    const user = await makeUser("reader");
    expect(await viewerFromToken({ userId: user.id, sessionVersion: 0 })).toEqual(user);
    // Tokens from before session versions existed carry none, and count as version 0.
    expect(await viewerFromToken({ userId: user.id })).toEqual(user);
  });

  test("after logging out everywhere, every older token is logged out and a new log-in counts", async () => {
    const user = await makeUser("reader");
    const other = await makeUser("other");
    expect(await logOutEverywhere(user.id)).toEqual({ ok: true, value: undefined });

    expect(await viewerFromToken({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await viewerFromToken({ userId: user.id })).toBeNull();
    expect(await viewerFromToken({ userId: user.id, sessionVersion: 1 })).toEqual(user);
    // Someone else's sessions are untouched.
    expect(await viewerFromToken({ userId: other.id, sessionVersion: 0 })).toEqual(other);
  });

  test("a token from the future does not count either", async () => {
    const user = await makeUser("reader");
    expect(await viewerFromToken({ userId: user.id, sessionVersion: 1 })).toBeNull();
  });

  test("concurrent bumps each end the sessions before them, in one UPDATE each", async () => {
    const user = await makeUser("reader");
    const results = await Promise.all(Array.from({ length: 5 }, () => bumpSessionVersion(user.id)));
    const versions = results.map((result) => (result.ok ? result.value.sessionVersion : null)).sort();
    expect(versions).toEqual([1, 2, 3, 4, 5]);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(row.sessionVersion).toBe(5);
  });

  test("no account, no viewer; bumping a missing account is not found", async () => {
    const user = await makeUser("gone");
    await db.user.delete({ where: { id: user.id } });
    expect(await viewerFromToken({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await viewerFromToken(null)).toBeNull();
    expect(await bumpSessionVersion(user.id)).toEqual({ ok: false, code: "not_found" });
  });
});
