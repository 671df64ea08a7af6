"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { succeeded } from "@/lib/forms/form-state";
import { idSchema } from "@/lib/actions/ids";
import { isSessionCookie, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { logOutEverywhere } from "@/lib/auth/session-version";
import { blockIntentSchema, muteIntentSchema } from "@/lib/muting/schema";
import { setBlock } from "@/lib/muting/set-block";
import { setMute } from "@/lib/muting/set-mute";
import { loggedOutEverywherePath } from "@/lib/routes";
import { subscriptionIntentSchema } from "@/lib/subscriptions/schema";
import { setSubscription } from "@/lib/subscriptions/subscriptions";

export const setUserSubscription = defineAction({
  access: "user",
  args: [idSchema],
  input: subscriptionIntentSchema,
  run: ({ actor, args: [creatorId], input }) =>
    setSubscription(actor.id, { creatorId }, input.intent),
  onSuccess: () => {
    revalidatePath("/users/[username]", "page");
    return succeeded();
  },
});

function revalidateMuting() {
  revalidatePath("/users/[username]", "page");
  revalidatePath("/users/[username]/muted", "page");
  revalidatePath("/users/[username]/blocked", "page");
}

export const setUserMute = defineAction({
  access: "user",
  args: [idSchema],
  input: muteIntentSchema,
  run: ({ actor, args: [userId], input }) => setMute(actor.id, userId, input.intent),
  onSuccess: (_, { input }) => {
    revalidateMuting();
    return succeeded(input.intent === "mute" ? "You have muted this user." : "You have unmuted this user.");
  },
});

export const setUserBlock = defineAction({
  access: "user",
  args: [idSchema],
  input: blockIntentSchema,
  run: ({ actor, args: [userId], input }) => setBlock(actor.id, userId, input.intent),
  onSuccess: (_, { input }) => {
    revalidateMuting();
    return succeeded(input.intent === "block" ? "You have blocked this user." : "You have unblocked this user.");
  },
});

export const logOutEverywhereAction = defineAction({
  access: "user",
  run: ({ actor }) => logOutEverywhere(actor.id),
  onSuccess: async () => {
    // This browser's token no longer counts either; clearing the cookie as well keeps it from
    // being sent and renewed for nothing.
    const cookieStore = await cookies();
    for (const { name } of cookieStore.getAll()) {
      if (isSessionCookie(name)) cookieStore.set(name, "", sessionCookieOptions(name, 0));
    }
    redirect(loggedOutEverywherePath());
  },
});
