"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { userPath } from "@/lib/routes";
import { deleteWork } from "@/lib/works/delete-work";

export const confirmDeleteWork = defineAction({
  access: "user",
  args: [idSchema],
  run: ({ actor, args: [workId] }) => deleteWork(actor.id, workId),
  onSuccess: (_nothing, { actor }) => {
    revalidatePath("/", "layout");
    redirect(userPath(actor.username));
  },
});
