import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MutingList } from "@/components/muting/muting-list";
import { getCurrentUser } from "@/lib/auth/session";
import { MUTED_USERS_MAX } from "@/lib/muting/limits";
import { listMutedUsers } from "@/lib/muting/list-muting";
import { decodeSegment } from "@/lib/route-params";
import { setUserMute } from "../actions";

type Props = { params: Promise<{ username: string }> };

export const metadata: Metadata = { title: "Muted users" };

// Only the owner sees whom they muted; for anyone else the page does not exist.
export default async function MutedUsersPage({ params }: Props) {
  const username = decodeSegment((await params).username);
  const viewer = await getCurrentUser();
  if (!viewer || !username || viewer.username.toLowerCase() !== username.toLowerCase()) notFound();
  const users = await listMutedUsers(viewer.id);
  return <MutingList kind="mute" heading="Muted users" users={users} max={MUTED_USERS_MAX} action={setUserMute} />;
}
