"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { deleteChapter } from "@/lib/chapters/delete-chapter";
import { chapterSchema } from "@/lib/chapters/schema";
import { updateChapter } from "@/lib/chapters/update-chapter";
import { chapterPath, workPath } from "@/lib/routes";

export const saveChapter = defineAction({
  access: "user",
  args: [idSchema, idSchema],
  input: chapterSchema,
  run: ({ actor, args: [workId, chapterId], input, formData }) =>
    updateChapter(actor.id, workId, chapterId, input, { post: formData.get("intent") === "post" }),
  onSuccess: (_chapter, { args: [workId, chapterId] }) => {
    revalidatePath("/", "layout");
    redirect(chapterPath(workId, chapterId));
  },
});

export const removeChapter = defineAction({
  access: "user",
  args: [idSchema, idSchema],
  run: ({ actor, args: [workId, chapterId] }) => deleteChapter(actor.id, workId, chapterId),
  onSuccess: (_nothing, { args: [workId] }) => {
    revalidatePath("/", "layout");
    redirect(workPath(workId));
  },
});
