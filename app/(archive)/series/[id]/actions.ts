"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { succeeded } from "@/lib/forms/form-state";
import { seriesPath } from "@/lib/routes";
import { editSeriesSchema } from "@/lib/series/schema";
import { updateSeries } from "@/lib/series/update-series";
import { subscriptionIntentSchema } from "@/lib/subscriptions/schema";
import { setSubscription } from "@/lib/subscriptions/subscriptions";

export const setSeriesSubscription = defineAction({
  access: "user",
  args: [idSchema],
  input: subscriptionIntentSchema,
  run: ({ actor, args: [seriesId], input }) => setSubscription(actor.id, { seriesId }, input.intent),
  onSuccess: (_nothing, { args: [seriesId] }) => {
    revalidatePath(seriesPath(seriesId));
    return succeeded();
  },
});

// Ownership is checked by updateSeries against the session's user, in its where.
export const editSeries = defineAction({
  access: "user",
  args: [idSchema],
  input: editSeriesSchema,
  run: ({ actor, args: [seriesId], input }) => updateSeries(actor.id, seriesId, input),
  onSuccess: (series) => {
    revalidatePath("/", "layout");
    redirect(seriesPath(series.id));
  },
});
