"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms/form-state";
import { validatedAction } from "@/lib/forms/validated-action";
import { workMetadataSchema } from "@/lib/works/schema";
import { updateWork } from "@/lib/works/update-work";

// workId comes from the page; ownership is checked by updateWork against the session's user.
export async function editWork(workId: number, previous: FormState, formData: FormData) {
  return validatedAction(workMetadataSchema, async (input) => {
    const user = await requireUser();
    const saved = await updateWork(user.id, workId, input, { post: formData.get("intent") === "post" });
    if (!saved) notFound();
    revalidatePath("/", "layout");
    redirect(`/works/${workId}`);
  })(previous, formData);
}
