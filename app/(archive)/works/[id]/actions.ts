"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { succeeded } from "@/lib/forms/form-state";
import { idSchema } from "@/lib/actions/ids";
import { leaveKudos } from "@/lib/kudos/leave-kudos";
import { workPath } from "@/lib/routes";
import { subscriptionIntentSchema } from "@/lib/subscriptions/schema";
import { setSubscription } from "@/lib/subscriptions/subscriptions";
import { guestVisitorKey } from "@/lib/visitors/visitor-key";

// The giver is the session's user, or — for a guest — a keyed hash of their connection.
export const giveKudos = defineAction({
  access: "guest",
  args: [idSchema],
  limit: ({ actor }) => (actor ? "kudos" : "guest_kudos"),
  run: async ({ actor, args: [workId] }) =>
    leaveKudos(workId, actor ? { userId: actor.id } : { guestKey: await guestVisitorKey() }),
  onSuccess: (_nothing, { args: [workId] }) => {
    revalidatePath(workPath(workId), "layout");
    return succeeded("Thank you for leaving kudos!");
  },
});

export const setWorkSubscription = defineAction({
  access: "user",
  args: [idSchema],
  input: subscriptionIntentSchema,
  run: ({ actor, args: [workId], input }) =>
    setSubscription(actor.id, { workId }, input.intent),
  onSuccess: (_nothing, { args: [workId] }) => {
    revalidatePath(workPath(workId), "layout");
    return succeeded();
  },
});
