"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { workPath } from "@/lib/routes";
import { postWork } from "@/lib/works/post-work";
import { postWorkSchema } from "@/lib/works/schema";

export const postNewWork = defineAction({
  access: "user",
  input: postWorkSchema,
  limit: "post_work",
  run: ({ actor, input, formData }) => postWork(actor.id, input, { draft: formData.get("intent") === "draft" }),
  onSuccess: (work) => {
    revalidatePath("/", "layout");
    redirect(workPath(work.id));
  },
});
