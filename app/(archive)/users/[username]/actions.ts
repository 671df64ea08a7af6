"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { succeeded } from "@/lib/forms/form-state";
import { idSchema } from "@/lib/actions/ids";
import { isSessionCookie, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { logOutEverywhere } from "@/lib/auth/session-version";
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
