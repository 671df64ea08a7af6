"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { addChapter } from "@/lib/chapters/add-chapter";
import { chapterSchema } from "@/lib/chapters/schema";
import { chapterPath } from "@/lib/routes";

export const addNewChapter = defineAction({
  access: "user",
  args: [idSchema],
  input: chapterSchema,
  limit: "add_chapter",
  run: ({ actor, args: [workId], input, formData }) =>
    addChapter(actor.id, workId, input, { draft: formData.get("intent") === "draft" }),
  onSuccess: (chapter, { args: [workId] }) => {
    revalidatePath("/", "layout");
    redirect(chapterPath(workId, chapter.id));
  },
});
