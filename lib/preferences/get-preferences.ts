import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { decodePreferences, PREFERENCES_COOKIE } from "@/lib/preferences/guest-cookie";
import { DEFAULT_PREFERENCES, type FontSize, type Preferences, type Theme } from "@/lib/preferences/options";

// The viewer's preferences: a logged-in reader's saved row, a guest's cookie, or the defaults.
// Cached per request: the layout (theme) and the listing (hiding) read them once between them.
export const getPreferences = cache(async (): Promise<Preferences> => {
  const viewer = await getCurrentUser();
  if (!viewer) return decodePreferences((await cookies()).get(PREFERENCES_COOKIE)?.value);
  const saved = await db.readerPreferences.findUnique({ where: { userId: viewer.id } });
  if (!saved) return DEFAULT_PREFERENCES;
  // The database's CHECKs keep theme and font size to the listed values.
  return { ...saved, theme: saved.theme as Theme, fontSize: saved.fontSize as FontSize };
});
