"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { tagWorksPath } from "@/lib/routes";
import { editTag } from "@/lib/tags/edit-tag";
import { editTagSchema } from "@/lib/tags/schema";

export const saveTag = defineAction({
  access: "admin",
  args: [idSchema],
  input: editTagSchema,
  run: ({ args: [tagId], input }) => editTag(tagId, input),
  onSuccess: (tag) => {
    revalidatePath("/", "layout");
    redirect(tagWorksPath(tag.name));
  },
});
