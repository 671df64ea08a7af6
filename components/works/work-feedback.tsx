import { BookmarkPanel } from "@/components/bookmarks/bookmark-panel";
import { WorkComments } from "@/components/comments/work-comments";
import { KudosSection } from "@/components/kudos/kudos-section";
import { ReadingListControl } from "@/components/reading-lists/reading-list-control";
import { WorkSubscription } from "@/components/subscriptions/work-subscription";
import type { FeedbackActions } from "@/components/works/feedback-actions";
import type { Viewer } from "@/lib/auth/session";

type Props = { workId: number; isCreator: boolean; chapterId: number | null; viewer: Viewer | null; actions: FeedbackActions };

// What readers give back, below the text: kudos, bookmarks, subscriptions and comments.
export function WorkFeedback({ workId, isCreator, chapterId, viewer, actions }: Props) {
  return (
    <div className="mt-8 space-y-6 border-t border-stone-300 pt-6">
      <div className="flex flex-wrap items-start gap-4">
        <KudosSection workId={workId} isCreator={isCreator} giveKudos={actions.giveKudos} />
        <WorkSubscription workId={workId} isCreator={isCreator} viewer={viewer} setSubscription={actions.setWorkSubscription} />
      </div>
      <BookmarkPanel workId={workId} viewer={viewer} actions={actions} />
      <ReadingListControl workId={workId} viewer={viewer} addToList={actions.addToReadingList} />
      <WorkComments workId={workId} chapterId={chapterId} viewer={viewer} actions={actions.comments} />
    </div>
  );
}
