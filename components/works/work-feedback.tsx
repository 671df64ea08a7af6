import { BookmarkPanel } from "@/components/bookmarks/bookmark-panel";
import { WorkComments } from "@/components/comments/work-comments";
import { KudosSection } from "@/components/kudos/kudos-section";
import { ReadingListControl } from "@/components/reading-lists/reading-list-control";
import { WorkSubscription } from "@/components/subscriptions/work-subscription";
import type { FeedbackActions } from "@/components/works/feedback-actions";
import type { Viewer } from "@/lib/auth/session";
import type { WorkPage } from "@/lib/work-page/get-work-page";

type Props = { page: WorkPage; chapterId: number | null; viewer: Viewer | null; actions: FeedbackActions };

// What readers give back, below the text: kudos, bookmarks, subscriptions and comments.
export function WorkFeedback({ page, chapterId, viewer, actions }: Props) {
  const { id: workId, isCreator } = page.work;
  return (
    <div className="mt-8 space-y-6 border-t border-stone-300 pt-6">
      <div className="flex flex-wrap items-start gap-4">
        <KudosSection workId={workId} isCreator={isCreator} kudos={page.kudos} giveKudos={actions.giveKudos} />
        <WorkSubscription workId={workId} isCreator={isCreator} viewer={viewer} subscribed={page.mine?.subscribed ?? false} setSubscription={actions.setWorkSubscription} />
      </div>
      <BookmarkPanel workId={workId} viewer={viewer} panel={page.mine?.bookmarkPanel ?? null} actions={actions} />
      <ReadingListControl workId={workId} viewer={viewer} lists={page.mine?.readingLists ?? []} addToList={actions.addToReadingList} />
      <WorkComments workId={workId} chapterId={chapterId} viewer={viewer} comments={page.comments} actions={actions.comments} />
    </div>
  );
}
