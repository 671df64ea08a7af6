import { Link } from "@/components/ui/link";
import { BookmarkForm } from "@/components/bookmarks/bookmark-form";
import { ConfirmDeleteForm } from "@/components/ui/confirm-delete-form";
import { DisclosureButton } from "@/components/ui/disclosure-button";
import type { FeedbackActions } from "@/components/works/feedback-actions";
import type { Viewer } from "@/lib/auth/session";
import { bookmarkFormValues } from "@/lib/bookmarks/bookmark-form-values";
import type { BookmarkPanelData } from "@/lib/work-page/get-work-page";
import { userBookmarksPath } from "@/lib/routes";

type Props = { workId: number; viewer: Viewer | null; panel: BookmarkPanelData | null; actions: Pick<FeedbackActions, "saveNewBookmark" | "saveBookmark" | "deleteBookmark"> };

// The work page's bookmark controls: "Bookmark" opens the form; once the viewer has bookmarked
// the work, "Edit Bookmark" and "Delete Bookmark" instead. Guests are asked to log in; drafts
// cannot be bookmarked, so they show nothing.
export function BookmarkPanel({ workId, viewer, panel, actions }: Props) {
  if (!viewer) {
    return (
      <p className="text-sm">
        <Link href="/login" className="underline">Log in</Link> to bookmark this work.
      </p>
    );
  }
  if (!panel) return null;
  const { bookmark } = panel;
  return (
    <section aria-label="Your bookmark" className="space-y-3">
      {bookmark ? (
        <>
          <p className="text-sm">
            You have bookmarked this work
            {bookmark.private && " (private)"}.{" "}
            <Link href={userBookmarksPath(viewer.username)} className="underline">
              Your bookmarks
            </Link>
          </p>
          <details>
            <DisclosureButton>Edit Bookmark</DisclosureButton>
            <BookmarkForm
              idPrefix={`bookmark-${bookmark.id}`}
              action={actions.saveBookmark.bind(null, bookmark.id)}
              initialValues={bookmarkFormValues(bookmark)}
            />
          </details>
          <ConfirmDeleteForm
            label="Delete Bookmark"
            warning="Your notes and tags for this bookmark will be removed for good."
            confirmLabel="Yes, delete bookmark"
            action={actions.deleteBookmark.bind(null, bookmark.id)}
          />
        </>
      ) : (
        <details>
          <DisclosureButton>Bookmark</DisclosureButton>
          <BookmarkForm idPrefix={`work-${workId}-bookmark`} action={actions.saveNewBookmark.bind(null, workId)} />
        </details>
      )}
    </section>
  );
}
