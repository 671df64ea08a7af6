import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { LogOutEverywhereButton } from "@/components/auth/log-out-everywhere-button";
import { SubscribeButton } from "@/components/subscriptions/subscribe-button";
import { WorkIndex } from "@/components/works/work-index";
import { WorkList } from "@/components/works/work-list";
import { getCurrentUser } from "@/lib/auth/session";
import { decodeSegment } from "@/lib/route-params";
import { changeEmailPath, changePasswordPath, deleteAccountPath, userBookmarksPath, userPath } from "@/lib/routes";
import { isSubscribed } from "@/lib/subscriptions/subscriptions";
import { findUserByUsername } from "@/lib/users/find-user";
import { parseWorkFilter } from "@/lib/works/filter-params";
import { filterWorks } from "@/lib/works/filter-works";
import { listOwnDrafts } from "@/lib/works/list-drafts";
import { logOutEverywhereAction, setUserSubscription } from "./actions";

type Props = {
  params: Promise<{ username: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeSegment((await params).username) ?? "Page not found" };
}

export default async function ProfilePage({ params, searchParams }: Props) {
  const username = decodeSegment((await params).username);
  const user = username ? await findUserByUsername(username) : null;
  if (!user) notFound();
  const viewer = await getCurrentUser();
  const filter = parseWorkFilter(await searchParams);
  const ownProfile = viewer?.id === user.id;
  const [result, subscribed, drafts] = await Promise.all([
    filterWorks(filter, viewer, { creatorId: user.id }, { facets: true }),
    viewer && !ownProfile ? isSubscribed(viewer.id, { creatorId: user.id }) : null,
    ownProfile ? listOwnDrafts(user.id) : [],
  ]);
  return (
    <>
      <nav aria-label="Profile" className="mb-4 flex flex-wrap items-center gap-4">
        <Link href={userBookmarksPath(user.username)} className="text-red-900 underline">
          Bookmarks by {user.username}
        </Link>
        {subscribed !== null && (
          <SubscribeButton
            subscribed={subscribed}
            label={`to ${user.username}`}
            action={setUserSubscription.bind(null, user.id)}
          />
        )}
        {ownProfile && (
          <>
            <Link href={changePasswordPath(user.username)} className="text-red-900 underline">Change Password</Link>
            <Link href={changeEmailPath(user.username)} className="text-red-900 underline">Change Email</Link>
            <Link href={deleteAccountPath(user.username)} className="text-red-900 underline">Delete Account</Link>
            <LogOutEverywhereButton action={logOutEverywhereAction} />
          </>
        )}
      </nav>
      {drafts.length > 0 && (
        <section aria-labelledby="drafts-heading" className="mb-8">
          <h2 id="drafts-heading" className="mb-3 text-xl font-bold">Drafts ({drafts.length})</h2>
          <WorkList works={drafts} label="Drafts" />
        </section>
      )}
      <WorkIndex heading={`Works by ${user.username}`} basePath={userPath(user.username)} filter={filter} result={result} />
    </>
  );
}
