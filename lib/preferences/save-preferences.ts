import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { encodePreferences, PREFERENCES_COOKIE, preferencesCookieOptions } from "@/lib/preferences/guest-cookie";
import { GUEST_COOKIE_MAX_BYTES, type Preferences } from "@/lib/preferences/options";
import { fail, ok, type Result } from "@/lib/result";

export async function saveReaderPreferences(userId: number, preferences: Preferences): Promise<Result<null>> {
  await db.readerPreferences.upsert({ where: { userId }, create: { userId, ...preferences }, update: preferences });
  return ok(null);
}

// A guest has no row to keep them in: the cookie does, as long as it stays a cookie's size.
// What only makes sense with an account (hiding what one read, left kudos on, bookmarked) is
// not kept for guests.
export async function saveGuestPreferences(preferences: Preferences): Promise<Result<null>> {
  const kept = { ...preferences, hideRead: false, hideKudosed: false, hideBookmarked: false };
  const value = encodePreferences(kept);
  if (value.length > GUEST_COOKIE_MAX_BYTES) return fail("preferences_too_long_for_guest", { field: "excludedTags" });
  (await cookies()).set(PREFERENCES_COOKIE, value, preferencesCookieOptions);
  return ok(null);
}
