import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BookmarkItem } from "@/components/bookmarks/bookmark-item";
import { Pagination } from "@/components/ui/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { BOOKMARKS_PER_PAGE } from "@/lib/bookmarks/limits";
import { listUserBookmarks } from "@/lib/bookmarks/list-user-bookmarks";
import { parsePage } from "@/lib/params/parse-page";
import { decodeSegment } from "@/lib/route-params";
import { userBookmarksPath } from "@/lib/routes";
import { findUserByUsername } from "@/lib/users/find-user";

type Props = {
  params: Promise<{ username: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Bookmarks by ${decodeSegment((await params).username) ?? "an unknown user"}` };
}

export default async function UserBookmarksPage({ params, searchParams }: Props) {
  const username = decodeSegment((await params).username);
  const user = username ? await findUserByUsername(username) : null;
  if (!user) notFound();
  const viewer = await getCurrentUser();
  const result = await listUserBookmarks(user.id, viewer, parsePage((await searchParams).page));
  const first = result.total === 0 ? 0 : (result.page - 1) * BOOKMARKS_PER_PAGE + 1;
  const last = Math.min(result.page * BOOKMARKS_PER_PAGE, result.total);
  return (
    <section aria-labelledby="bookmarks-heading">
      <h1 id="bookmarks-heading" className="text-2xl font-bold">Bookmarks by {user.username}</h1>
      <p className="mb-4 text-sm text-stone-600" role="status">
        {first}–{last} of {result.total.toLocaleString("en")} Bookmarks
      </p>
      {result.bookmarks.length === 0 ? (
        <p>No bookmarks yet.</p>
      ) : (
        <ol className="space-y-6" aria-label="Bookmarks">
          {result.bookmarks.map((bookmark) => (
            <li key={bookmark.id}>
              <BookmarkItem bookmark={bookmark} bookmarker={user.username} isOwner={viewer?.id === user.id} />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => userBookmarksPath(user.username, page)}
      />
    </section>
  );
}
