import { describe, expect, test } from "vitest";
import { signedInFromToken } from "@/lib/auth/signed-in";
import { logOutEverywhere } from "@/lib/auth/session-version";
import { markNoticesRead } from "@/lib/notices/inbox";
import { DEFAULT_PREFERENCES } from "@/lib/preferences/options";
import { saveReaderPreferences } from "@/lib/preferences/save-preferences";
import { subscribe } from "@/lib/subscriptions/subscriptions";
import { makeUser, makeWork } from "../../scripts/test/fixtures";

describe("the signed-in reader, in one statement", () => {
  test("the account, saved preferences (none until saved) and the unread notices", async () => {
    const writer = await makeUser("writer");
    const reader = await makeUser("reader");
    expect(await signedInFromToken({ userId: reader.id, sessionVersion: 0 })).toEqual({ viewer: reader, preferences: null, unreadNotices: 0 });

    const chosen = { ...DEFAULT_PREFERENCES, theme: "sepia", fontSize: "large", excludedTags: ["Angst", "Fluff"], hideRead: true, wholeWork: true } as const;
    await saveReaderPreferences(reader.id, { ...chosen, excludedTags: [...chosen.excludedTags] });
    await subscribe(reader.id, { creatorId: writer.id });
    await makeWork(writer.id);
    await makeWork(writer.id);
    expect(await signedInFromToken({ userId: reader.id })).toEqual({ viewer: reader, preferences: chosen, unreadNotices: 2 });
    await markNoticesRead(reader.id);
    expect((await signedInFromToken({ userId: reader.id }))?.unreadNotices).toBe(0);
  });

  test("a token behind the account's session version, or of no account, is nobody", async () => {
    const reader = await makeUser("reader");
    await logOutEverywhere(reader.id);
    expect(await signedInFromToken({ userId: reader.id, sessionVersion: 0 })).toBeNull();
    expect((await signedInFromToken({ userId: reader.id, sessionVersion: 1 }))?.viewer).toEqual(reader);
    expect(await signedInFromToken({ userId: 999_999_999 })).toBeNull();
    expect(await signedInFromToken({ userId: Number.NaN })).toBeNull();
    expect(await signedInFromToken(null)).toBeNull();
  });
});
