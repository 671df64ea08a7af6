"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { succeeded } from "@/lib/forms/form-state";
import { idSchema } from "@/lib/actions/ids";
import { leaveKudos } from "@/lib/kudos/leave-kudos";
import { setMarkedForLater } from "@/lib/readings/mark-for-later";
import { markForLaterSchema } from "@/lib/readings/schema";
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

// AO3's "Mark for Later" / "Mark as Read": the intent travels with the form, as subscriptions' does.
export const setMarkedForLaterAction = defineAction({
  access: "user",
  args: [idSchema],
  input: markForLaterSchema,
  run: ({ actor, args: [workId], input }) => setMarkedForLater(actor, workId, input.intent === "mark"),
  onSuccess: (_nothing, { args: [workId], input }) => {
    revalidatePath(workPath(workId), "layout");
    return succeeded(input.intent === "mark" ? "This work was added to your Marked for Later list." : "This work was removed from your Marked for Later list.");
  },
});
