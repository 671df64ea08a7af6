"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { addChapter } from "@/lib/chapters/add-chapter";
import { chapterSchema } from "@/lib/chapters/schema";
import type { FormState } from "@/lib/forms/form-state";
import { validatedAction } from "@/lib/forms/validated-action";

export async function addNewChapter(workId: number, previous: FormState, formData: FormData) {
  return validatedAction(chapterSchema, async (input) => {
    const user = await requireUser();
    const chapter = await addChapter(user.id, workId, input, { draft: formData.get("intent") === "draft" });
    if (!chapter) notFound();
    revalidatePath("/", "layout");
    redirect(`/works/${workId}/chapters/${chapter.id}`);
  })(previous, formData);
}
