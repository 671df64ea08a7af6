import "server-only";
import { cookies, headers } from "next/headers";
import type { Viewer } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { siteOrigin } from "@/lib/auth/site-origin";
import { isAdultWork, saysYes, VIEW_ADULT } from "@/lib/works/adult-content";
import { getPreferences } from "@/lib/preferences/get-preferences";

type CheckedWork = { id: number; isCreator: boolean; tags: readonly { tag: { name: string; type: string } }[] };

// The reader preference "Show me adult content without checking" (/preferences): a user's saved
// setting or a guest's preferences cookie — the viewer of this request's, whoever asks.
export async function showsAdultContentWithoutChecking(): Promise<boolean> {
  return (await getPreferences()).adultWithoutCheck;
}

// Must this reader answer the adult content check before this work's text (or download)?
// Not for other ratings, the work's creators or admins (as AO3), a reader who has said yes this
// session (cookie) or on this very link (`viewAdult`: the view_adult query parameter), or who
// has chosen not to be asked.
export async function adultCheckPending(work: CheckedWork, viewer: Viewer | null, viewAdult: unknown): Promise<boolean> {
  if (!isAdultWork(work.tags)) return false;
  if (work.isCreator || viewer?.role === "ADMIN") return false;
  if (saysYes(viewAdult)) return false;
  if ((await cookies()).get(VIEW_ADULT)?.value === "true") return false;
  return !(await showsAdultContentWithoutChecking());
}

// "No, Go Back": the page the reader came from on this site, unless that was this work, else home.
export async function adultCheckBackPath(workId: number): Promise<string> {
  const referer = (await headers()).get("referer");
  const path = safeCallbackPath(referer ?? "", await siteOrigin());
  return path === `/works/${workId}` || path.startsWith(`/works/${workId}/`) || path.startsWith(`/works/${workId}?`) ? "/" : path;
}
