import { SubscribeButton } from "@/components/subscriptions/subscribe-button";
import type { Viewer } from "@/lib/auth/session";
import type { FormAction } from "@/lib/forms/form-state";

type Props = { workId: number; isCreator: boolean; viewer: Viewer | null; subscribed: boolean; setSubscription: FormAction<[workId: number]> };

// Readers (not its creators, not guests) subscribe to hear of new chapters in their inbox.
export function WorkSubscription({ workId, isCreator, viewer, subscribed, setSubscription }: Props) {
  if (!viewer || isCreator) return null;
  return <SubscribeButton subscribed={subscribed} action={setSubscription.bind(null, workId)} />;
}
