"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { deleteChapter } from "@/lib/chapters/delete-chapter";
import { chapterSchema } from "@/lib/chapters/schema";
import { updateChapter } from "@/lib/chapters/update-chapter";
import type { FormState } from "@/lib/forms/form-state";
import { validatedAction } from "@/lib/forms/validated-action";

export async function saveChapter(workId: number, chapterId: number, previous: FormState, formData: FormData) {
  return validatedAction(chapterSchema, async (input) => {
    const user = await requireUser();
    const saved = await updateChapter(user.id, workId, chapterId, input, { post: formData.get("intent") === "post" });
    if (!saved) notFound();
    revalidatePath("/", "layout");
    redirect(`/works/${workId}/chapters/${chapterId}`);
  })(previous, formData);
}

export async function removeChapter(workId: number, chapterId: number): Promise<FormState> {
  const user = await requireUser();
  const result = await deleteChapter(user.id, workId, chapterId);
  if (result === "not_found") notFound();
  if (result === "only_chapter") {
    return {
      status: "error",
      fieldErrors: {},
      values: {},
      message: "You can't delete the only posted chapter of a work. Delete the work instead.",
    };
  }
  revalidatePath("/", "layout");
  redirect(`/works/${workId}`);
}
