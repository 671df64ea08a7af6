import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewListForm } from "@/components/reading-lists/new-list-form";
import { Link } from "@/components/ui/link";
import { getCurrentUser } from "@/lib/auth/session";
import { READING_LISTS_MAX } from "@/lib/reading-lists/limits";
import { listUserReadingLists } from "@/lib/reading-lists/list-reading-lists";
import { decodeSegment } from "@/lib/route-params";
import { readingListPath } from "@/lib/routes";
import { findUserByUsername } from "@/lib/users/find-user";
import { createReadingListAction } from "../../../lists/actions";

type Props = { params: Promise<{ username: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Reading lists by ${decodeSegment((await params).username) ?? "an unknown user"}` };
}

// A user's reading lists: everyone sees the public ones, the owner also the private ones and the
// "New list" form.
export default async function UserReadingListsPage({ params }: Props) {
  const username = decodeSegment((await params).username);
  const user = username ? await findUserByUsername(username) : null;
  if (!user) notFound();
  const viewer = await getCurrentUser();
  const own = viewer?.id === user.id;
  const lists = await listUserReadingLists(user.id, viewer);
  return (
    <section aria-labelledby="lists-heading" className="space-y-4">
      <h1 id="lists-heading" className="text-2xl font-bold">Reading lists by {user.username}</h1>
      {own && (
        <p className="text-sm text-stone-600">
          You have {lists.length} of at most {READING_LISTS_MAX} lists.
        </p>
      )}
      {lists.length === 0 ? (
        <p>No reading lists yet.</p>
      ) : (
        <ul aria-label="Reading lists" className="space-y-2">
          {lists.map((list) => (
            <li key={list.id}>
              <Link href={readingListPath(list.id)} className="text-red-900 underline">{list.name}</Link>{" "}
              <span className="text-sm text-stone-600">
                ({list._count.items} {list._count.items === 1 ? "work" : "works"}{list.private ? ", private" : ""})
              </span>
            </li>
          ))}
        </ul>
      )}
      {own && <NewListForm action={createReadingListAction} />}
    </section>
  );
}
