"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { validatedAction } from "@/lib/forms/validated-action";
import { postWork } from "@/lib/works/post-work";
import { postWorkSchema } from "@/lib/works/schema";

export const postNewWork = validatedAction(postWorkSchema, async (input, _values, formData) => {
  const user = await requireUser();
  const work = await postWork(user.id, input, { draft: formData.get("intent") === "draft" });
  revalidatePath("/", "layout");
  redirect(`/works/${work.id}`);
});
