import { SubscribeButton } from "@/components/subscriptions/subscribe-button";
import type { Viewer } from "@/lib/auth/session";
import type { FormAction } from "@/lib/forms/form-state";
import { isSubscribed } from "@/lib/subscriptions/subscriptions";

type Props = { workId: number; isCreator: boolean; viewer: Viewer | null; setSubscription: FormAction<[workId: number]> };

// Readers (not its creators, not guests) subscribe to hear of new chapters in their inbox.
export async function WorkSubscription({ workId, isCreator, viewer, setSubscription }: Props) {
  if (!viewer || isCreator) return null;
  const subscribed = await isSubscribed(viewer.id, { workId });
  return <SubscribeButton subscribed={subscribed} action={setSubscription.bind(null, workId)} />;
}
