"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { subscribe, unsubscribe } from "@/lib/subscriptions/subscriptions";

export async function toggleUserSubscription(creatorId: number, username: string, subscribed: boolean) {
  const user = await requireUser();
  if (subscribed) await unsubscribe(user.id, { creatorId });
  else await subscribe(user.id, { creatorId });
  revalidatePath(`/users/${encodeURIComponent(username)}`);
}
