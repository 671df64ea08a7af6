import type { Viewer } from "@/lib/auth/session";

type Props = { workId: number; viewer: Viewer | null };

// Placeholder until bookmarks land: renders nothing.
export async function BookmarkPanel({ workId }: Props) {
  void workId;
  return null;
}
