import "server-only";
import { DEFAULT_PREFERENCES, type Preferences } from "@/lib/preferences/options";
import { preferencesSchema } from "@/lib/preferences/schema";

// A guest's preferences live in this cookie, as JSON. It holds nothing secret and nothing the
// server trusts: whatever it says is parsed like a form, and anything unreadable means defaults.
export const PREFERENCES_COOKIE = "folio_preferences";

const YEAR = 365 * 24 * 60 * 60;

export function encodePreferences(preferences: Preferences): string {
  return Buffer.from(JSON.stringify(preferences)).toString("base64url");
}

export function decodePreferences(value: string | undefined): Preferences {
  if (!value) return DEFAULT_PREFERENCES;
  try {
    const raw = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Record<string, unknown>;
    const parsed = preferencesSchema.safeParse({
      ...raw,
      excludedTags: Array.isArray(raw.excludedTags) ? raw.excludedTags.join(",") : "",
      // The form's checkboxes, from the cookie's booleans.
      ...Object.fromEntries(
        (["hideRead", "hideKudosed", "hideBookmarked", "adultWithoutCheck", "wholeWork"] as const).map((key) => [key, raw[key] === true ? "on" : undefined]),
      ),
    });
    return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

export const preferencesCookieOptions = { httpOnly: true, sameSite: "lax", path: "/", maxAge: YEAR } as const;
