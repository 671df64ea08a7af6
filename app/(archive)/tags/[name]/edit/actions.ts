"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/require-admin";
import type { FormState } from "@/lib/forms/form-state";
import { fieldError, validatedAction } from "@/lib/forms/validated-action";
import { editTag } from "@/lib/tags/edit-tag";
import { editTagSchema } from "@/lib/tags/schema";

export async function saveTag(tagId: number, tagName: string, previous: FormState, formData: FormData) {
  return validatedAction(editTagSchema, async (input, values) => {
    await requireAdmin();
    const result = await editTag(tagId, input);
    if (!result.ok) return fieldError(values, result.field, result.message);
    revalidatePath("/", "layout");
    redirect(`/tags/${encodeURIComponent(tagName)}/works`);
  })(previous, formData);
}
