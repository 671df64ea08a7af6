import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { LogOutEverywhereButton } from "@/components/auth/log-out-everywhere-button";
import { MutingButton } from "@/components/muting/muting-button";
import { SubscribeButton } from "@/components/subscriptions/subscribe-button";
import { WorkIndex } from "@/components/works/work-index";
import { WorkList } from "@/components/works/work-list";
import { getCurrentUser } from "@/lib/auth/session";
import { decodeSegment } from "@/lib/route-params";
import { getMutingState } from "@/lib/muting/list-muting";
import {
  changeEmailPath,
  changePasswordPath,
  deleteAccountPath,
  readingsPath,
  userBlockedPath,
  userBookmarksPath,
  userGiftsPath,
  userMutedPath,
  userPath,
  userReadingListsPath,
  userStatsPath,
} from "@/lib/routes";
import { isSubscribed } from "@/lib/subscriptions/subscriptions";
import { findUserByUsername } from "@/lib/users/find-user";
import { parseWorkFilter } from "@/lib/works/filter-params";
import { filterWorks } from "@/lib/works/filter-works";
import { listOwnDrafts } from "@/lib/works/list-drafts";
import { getPreferences } from "@/lib/preferences/get-preferences";
import { logOutEverywhereAction, setUserBlock, setUserMute, setUserSubscription } from "./actions";

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
  const [result, subscribed, drafts, muting] = await Promise.all([
    filterWorks(filter, viewer, { creatorId: user.id }, { facets: true, preferences: await getPreferences() }),
    viewer && !ownProfile ? isSubscribed(viewer.id, { creatorId: user.id }) : null,
    ownProfile ? listOwnDrafts(user.id) : [],
    viewer && !ownProfile ? getMutingState(viewer.id, user.id) : null,
  ]);
  return (
    <>
      <nav aria-label="Profile" className="mb-4 flex flex-wrap items-center gap-4">
        <Link href={userBookmarksPath(user.username)} className="text-red-900 underline">
          Bookmarks by {user.username}
        </Link>
        <Link href={userGiftsPath(user.username)} className="text-red-900 underline">
          Gifts for {user.username}
        </Link>
        <Link href={userReadingListsPath(user.username)} className="text-red-900 underline">
          Reading lists by {user.username}
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
            <Link href={userStatsPath(user.username)} className="text-red-900 underline">Stats</Link>
            <Link href={readingsPath(user.username)} className="text-red-900 underline">History</Link>
            <Link href={readingsPath(user.username, "to-read")} className="text-red-900 underline">Marked for Later</Link>
          </>
        )}
        {muting && (
          <>
            <MutingButton kind="mute" active={muting.muted} action={setUserMute.bind(null, user.id)} />
            <MutingButton kind="block" active={muting.blocked} action={setUserBlock.bind(null, user.id)} />
          </>
        )}
        {ownProfile && (
          <>
            <Link href={userMutedPath(user.username)} className="text-red-900 underline">Muted users</Link>
            <Link href={userBlockedPath(user.username)} className="text-red-900 underline">Blocked users</Link>
            <Link href={changePasswordPath(user.username)} className="text-red-900 underline">Change Password</Link>
            <Link href={changeEmailPath(user.username)} className="text-red-900 underline">Change Email</Link>
            <Link href={deleteAccountPath(user.username)} className="text-red-900 underline">Delete Account</Link>
            <LogOutEverywhereButton action={logOutEverywhereAction} />
          </>
        )}
      </nav>
      {muting?.muted && (
        <p className="mb-4 rounded bg-stone-100 p-2 text-sm">
          You have muted {user.username}: their works, bookmarks and comments are hidden from you.
        </p>
      )}
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
