"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { leaveWork } from "@/lib/creatorships/leave-work";
import { userPath, workPath } from "@/lib/routes";
import { workMetadataSchema } from "@/lib/works/schema";
import { updateWork } from "@/lib/works/update-work";

// Ownership is checked by updateWork against the session's user, inside its transaction.
export const editWork = defineAction({
  access: "user",
  args: [idSchema],
  input: workMetadataSchema,
  run: ({ actor, args: [workId], input, formData }) =>
    updateWork(actor.id, workId, input, { post: formData.get("intent") === "post" }),
  onSuccess: (work) => {
    revalidatePath("/", "layout");
    redirect(workPath(work.id));
  },
});

// "Remove me as co-creator": the work stays with its other creators; the last one can't leave.
// A posted work is still there to read; a draft is no longer the leaver's to see.
export const leaveCoCreatedWork = defineAction({
  access: "user",
  args: [idSchema],
  run: ({ actor, args: [workId] }) => leaveWork(actor.id, workId),
  onSuccess: ({ posted }, { actor, args: [workId] }) => {
    revalidatePath("/", "layout");
    redirect(posted ? workPath(workId) : userPath(actor.username));
  },
});
