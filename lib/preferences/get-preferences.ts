import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getSignedIn } from "@/lib/auth/session";
import { decodePreferences, PREFERENCES_COOKIE } from "@/lib/preferences/guest-cookie";
import { DEFAULT_PREFERENCES, type Preferences } from "@/lib/preferences/options";

// The viewer's preferences: a logged-in reader's saved row, a guest's cookie, or the defaults.
// Cached per request: the layout (theme) and the listing (hiding) read them once between them.
// A reader's saved row comes with their account (getSignedIn: one statement for both).
export const getPreferences = cache(async (): Promise<Preferences> => {
  const signedIn = await getSignedIn();
  if (!signedIn) return decodePreferences((await cookies()).get(PREFERENCES_COOKIE)?.value);
  return signedIn.preferences ?? DEFAULT_PREFERENCES;
});
