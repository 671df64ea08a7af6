import { toggleWorkSubscription } from "@/app/(archive)/works/[id]/actions";
import { SubscribeButton } from "@/components/subscriptions/subscribe-button";
import type { Viewer } from "@/lib/auth/session";
import { isSubscribed } from "@/lib/subscriptions/subscriptions";

// Readers (not the creator, not guests) subscribe to hear of new chapters in their inbox.
export async function WorkSubscription({ workId, creatorId, viewer }: { workId: number; creatorId: number; viewer: Viewer | null }) {
  if (!viewer || viewer.id === creatorId) return null;
  const subscribed = await isSubscribed(viewer.id, { workId });
  return <SubscribeButton subscribed={subscribed} action={toggleWorkSubscription.bind(null, workId, subscribed)} />;
}
