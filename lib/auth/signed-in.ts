import "server-only";
import { db } from "@/lib/db";
import type { SessionClaims, Viewer } from "@/lib/auth/viewer";
import type { FontSize, Preferences, Theme } from "@/lib/preferences/options";

// What every page needs of a signed-in reader, in one statement: the account as the database
// sees it now, their saved preferences (null: never saved) and how many notices are unread.
// The layout (theme, header) and the page would otherwise read them in three queries each view.
export type SignedIn = { viewer: Viewer; preferences: Preferences | null; unreadNotices: number };

type Row = Viewer & {
  unreadNotices: number;
  saved: boolean;
  theme: string | null;
  fontSize: string | null;
  excludedTags: string[] | null;
  hideRead: boolean | null;
  hideKudosed: boolean | null;
  hideBookmarked: boolean | null;
  adultWithoutCheck: boolean | null;
  wholeWork: boolean | null;
};

// The token proves who signed in; the row decides whether that still counts. The role is read
// fresh so that a revoked admin loses it at once, a deleted account stops acting, and a token whose
// session version is behind the account's (after "Log out everywhere" or a password change) is
// logged out. Tokens issued before session versions existed count as version 0.
export async function signedInFromToken(claims: SessionClaims | null | undefined): Promise<SignedIn | null> {
  if (!claims || !Number.isSafeInteger(claims.userId)) return null;
  const [row] = await db.$queryRaw<Row[]>`
    SELECT u.id, u.username, u.role::text AS role,
      (SELECT count(*)::int FROM notices n WHERE n.user_id = u.id AND n.read_at IS NULL) AS "unreadNotices",
      p.user_id IS NOT NULL AS saved, p.theme, p.font_size AS "fontSize", p.excluded_tags AS "excludedTags",
      p.hide_read AS "hideRead", p.hide_kudosed AS "hideKudosed", p.hide_bookmarked AS "hideBookmarked",
      p.adult_without_check AS "adultWithoutCheck", p.whole_work AS "wholeWork"
    FROM users u LEFT JOIN reader_preferences p ON p.user_id = u.id
    WHERE u.id = ${claims.userId} AND u.session_version = ${claims.sessionVersion ?? 0}`;
  if (!row) return null;
  const { id, username, role, unreadNotices, saved, ...preferences } = row;
  return {
    viewer: { id, username, role },
    unreadNotices,
    // The database's CHECKs keep theme and font size to the listed values.
    preferences: saved
      ? {
          theme: preferences.theme as Theme,
          fontSize: preferences.fontSize as FontSize,
          excludedTags: preferences.excludedTags ?? [],
          hideRead: preferences.hideRead ?? false,
          hideKudosed: preferences.hideKudosed ?? false,
          hideBookmarked: preferences.hideBookmarked ?? false,
          adultWithoutCheck: preferences.adultWithoutCheck ?? false,
          wholeWork: preferences.wholeWork ?? false,
        }
      : null,
  };
}
