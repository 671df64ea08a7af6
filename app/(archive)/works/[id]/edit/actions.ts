"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { workPath } from "@/lib/routes";
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
