import { BookmarkPanel } from "@/components/bookmarks/bookmark-panel";
import { WorkComments } from "@/components/comments/work-comments";
import type { Viewer } from "@/lib/auth/session";

type Props = { workId: number; chapterId: number | null; viewer: Viewer | null };

// What readers give back, below the text: kudos, bookmarks, subscriptions and comments.
export function WorkFeedback({ workId, chapterId, viewer }: Props) {
  return (
    <div className="mt-8 space-y-6 border-t border-stone-300 pt-6">
      <BookmarkPanel workId={workId} viewer={viewer} />
      <WorkComments workId={workId} chapterId={chapterId} viewer={viewer} />
    </div>
  );
}
