import { Link } from "@/components/ui/link";
import { UserHtml } from "@/components/works/user-html";
import { WorkBlurb } from "@/components/works/work-blurb";
import type { BookmarkListItem } from "@/lib/bookmarks/list-user-bookmarks";
import { editBookmarkPath } from "@/lib/routes";

type Props = { bookmark: BookmarkListItem; bookmarker: string; isOwner: boolean };

// One entry of a bookmark listing: the work's blurb (or AO3's notice once the work is deleted),
// then what the bookmarker added — markers, tags and notes.
export function BookmarkItem({ bookmark, bookmarker, isOwner }: Props) {
  const tags = bookmark.tags.map((link) => link.tag.name);
  return (
    <div className="space-y-2">
      {bookmark.work ? (
        <WorkBlurb work={bookmark.work} />
      ) : (
        <p className="rounded border border-stone-300 bg-stone-100 p-4 italic">This has been deleted, sorry!</p>
      )}
      <section aria-label={`Bookmarked by ${bookmarker}`} className="rounded border border-stone-200 bg-stone-50 p-3 text-sm">
        <p className="flex flex-wrap items-center gap-2">
          <span>
            Bookmarked by <strong>{bookmarker}</strong> on {bookmark.createdAt.toISOString().slice(0, 10)}
          </span>
          {bookmark.rec && <span className="rounded bg-brand px-1.5 text-xs font-semibold text-on-brand">Rec</span>}
          {bookmark.private && <span className="rounded bg-quiet px-1.5 text-xs font-semibold text-on-brand">Private</span>}
        </p>
        {tags.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1" aria-label="Bookmarker's tags">
            {tags.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        )}
        {bookmark.notes && (
          <div className="mt-2" aria-label="Bookmarker's notes" role="group">
            <UserHtml html={bookmark.notes} className="prose-sm" />
          </div>
        )}
        {isOwner && (
          <p className="mt-2">
            <Link href={editBookmarkPath(bookmark.id)} className="underline">
              Edit<span className="sr-only"> bookmark of {bookmark.work?.title ?? "a deleted work"}</span>
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
