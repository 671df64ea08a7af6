"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { acceptInvitation, rejectInvitation } from "@/lib/creatorships/answer-invitation";
import { succeeded } from "@/lib/forms/form-state";
import { markNoticesRead } from "@/lib/notices/inbox";

export const markAllRead = defineAction({
  access: "user",
  run: ({ actor }) => markNoticesRead(actor.id),
  onSuccess: () => {
    revalidatePath("/", "layout");
    return succeeded("All notices are marked as read.");
  },
});

// The invitee answers a co-creator invitation from their inbox; who answers is the session's
// user, so only the invited account can accept or reject its own invitation.
export const acceptCoCreatorInvitation = defineAction({
  access: "user",
  args: [idSchema],
  run: ({ actor, args: [workId] }) => acceptInvitation(actor.id, workId),
  onSuccess: () => {
    revalidatePath("/", "layout");
    return succeeded("You are now a creator of this work.");
  },
});

export const rejectCoCreatorInvitation = defineAction({
  access: "user",
  args: [idSchema],
  run: ({ actor, args: [workId] }) => rejectInvitation(actor.id, workId),
  onSuccess: () => {
    revalidatePath("/", "layout");
    return succeeded("You declined the invitation.");
  },
});
