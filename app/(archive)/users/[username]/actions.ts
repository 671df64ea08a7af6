"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { subscriptionIntentSchema } from "@/lib/subscriptions/schema";
import { subscribe, unsubscribe } from "@/lib/subscriptions/subscriptions";

export const setUserSubscription = defineAction({
  access: "user",
  args: [idSchema],
  input: subscriptionIntentSchema,
  run: ({ actor, args: [creatorId], input }) =>
    input.intent === "subscribe" ? subscribe(actor.id, { creatorId }) : unsubscribe(actor.id, { creatorId }),
  onSuccess: () => {
    revalidatePath("/users/[username]", "page");
    return { status: "success", fieldErrors: {}, values: {} };
  },
});
