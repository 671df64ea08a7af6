import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RemoveFromListButton } from "@/components/reading-lists/remove-from-list-button";
import { Link } from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { WorkBlurb } from "@/components/works/work-blurb";
import { getCurrentUser } from "@/lib/auth/session";
import { parsePage } from "@/lib/params/parse-page";
import { READING_LIST_WORKS_MAX, READING_LIST_WORKS_PER_PAGE } from "@/lib/reading-lists/limits";
import { getReadingList } from "@/lib/reading-lists/get-reading-list";
import { parseId } from "@/lib/route-params";
import { readingListPath, userPath, userReadingListsPath } from "@/lib/routes";
import { removeFromReadingListAction } from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

async function loadList({ params, searchParams }: Props) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const result = await getReadingList(id, await getCurrentUser(), parsePage((await searchParams).page));
  if (!result) notFound();
  return result;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { list } = await loadList(props);
  return { title: `${list.name} by ${list.owner.username}` };
}

export default async function ReadingListPage(props: Props) {
  const { list, items, total, page, pageCount } = await loadList(props);
  const viewer = await getCurrentUser();
  const own = viewer?.id === list.ownerId;
  const first = total === 0 ? 0 : (page - 1) * READING_LIST_WORKS_PER_PAGE + 1;
  const last = Math.min(page * READING_LIST_WORKS_PER_PAGE, total);
  return (
    <section aria-labelledby="list-heading" className="space-y-4">
      <div>
        <h1 id="list-heading" className="text-2xl font-bold">{list.name}</h1>
        <p className="text-sm text-stone-600">
          A reading list by <Link href={userPath(list.owner.username)} className="text-red-900 underline">{list.owner.username}</Link>
          {list.private && " (private: only you can see it)"}.{" "}
          <Link href={userReadingListsPath(list.owner.username)} className="underline">All lists</Link>
        </p>
      </div>
      <p className="text-sm text-stone-600" role="status">
        {first}–{last} of {total.toLocaleString("en")} Works
        {own && ` (a list holds at most ${READING_LIST_WORKS_MAX.toLocaleString("en")})`}
      </p>
      {items.length === 0 ? (
        <p>No works in this list yet.</p>
      ) : (
        <ol className="space-y-4" aria-label="Works in this list">
          {items.map(({ bookmarkId, work }) => (
            <li key={bookmarkId} className="space-y-2">
              <WorkBlurb work={work} />
              {own && <RemoveFromListButton bookmarkId={bookmarkId} title={work.title} action={removeFromReadingListAction.bind(null, list.id)} />}
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => readingListPath(list.id, n)} />
    </section>
  );
}
