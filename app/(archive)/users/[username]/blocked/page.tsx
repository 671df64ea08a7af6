import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MutingList } from "@/components/muting/muting-list";
import { getCurrentUser } from "@/lib/auth/session";
import { BLOCKED_USERS_MAX } from "@/lib/muting/limits";
import { listBlockedUsers } from "@/lib/muting/list-muting";
import { decodeSegment } from "@/lib/route-params";
import { setUserBlock } from "../actions";

type Props = { params: Promise<{ username: string }> };

export const metadata: Metadata = { title: "Blocked users" };

// Only the owner sees whom they blocked; for anyone else the page does not exist.
export default async function BlockedUsersPage({ params }: Props) {
  const username = decodeSegment((await params).username);
  const viewer = await getCurrentUser();
  if (!viewer || !username || viewer.username.toLowerCase() !== username.toLowerCase()) notFound();
  const users = await listBlockedUsers(viewer.id);
  return <MutingList kind="block" heading="Blocked users" users={users} max={BLOCKED_USERS_MAX} action={setUserBlock} />;
}
