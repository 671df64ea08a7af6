import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { BookmarkForm } from "@/components/bookmarks/bookmark-form";
import { ConfirmDeleteForm } from "@/components/ui/confirm-delete-form";
import { requireUser } from "@/lib/auth/session";
import { bookmarkFormValues } from "@/lib/bookmarks/bookmark-form-values";
import { getOwnBookmark } from "@/lib/bookmarks/get-own-bookmark";
import { parseId } from "@/lib/route-params";
import { workPath } from "@/lib/routes";
import { confirmDeleteBookmark, saveBookmark } from "../../actions";

export const metadata: Metadata = { title: "Edit Bookmark" };

// Editing works from the bookmark listing too, where a deleted work has no page of its own.
export default async function EditBookmarkPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseId((await params).id);
  const bookmark = id ? await getOwnBookmark(id, user.id) : null;
  if (!bookmark) notFound();
  return (
    <div className="mx-auto max-w-2xl space-y-6 rounded border border-stone-300 bg-white p-6">
      <h1 className="text-xl font-bold">
        Edit Bookmark for{" "}
        {bookmark.work ? (
          <Link href={workPath(bookmark.work.id)} className="text-red-900 hover:underline">{bookmark.work.title}</Link>
        ) : (
          <span className="italic">a deleted work</span>
        )}
      </h1>
      <BookmarkForm
        idPrefix={`bookmark-${bookmark.id}`}
        action={saveBookmark.bind(null, bookmark.id)}
        initialValues={bookmarkFormValues(bookmark)}
      />
      <ConfirmDeleteForm
        label="Delete Bookmark"
        warning="Your notes and tags for this bookmark will be removed for good."
        confirmLabel="Yes, delete bookmark"
        action={confirmDeleteBookmark.bind(null, bookmark.id)}
      />
    </div>
  );
}
