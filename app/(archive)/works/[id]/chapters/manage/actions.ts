"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { orderFromPositions } from "@/lib/chapters/order-from-positions";
import { reorderChapters } from "@/lib/chapters/reorder-chapters";
import { fail } from "@/lib/result";
import { manageChaptersPath, workPath } from "@/lib/routes";
import { getOwnWork } from "@/lib/works/get-own-work";

export const updateChapterPositions = defineAction({
  access: "user",
  args: [idSchema],
  run: async ({ actor, args: [workId], formData }) => {
    const work = await getOwnWork(workId, actor.id);
    if (!work) return fail("not_found");
    const result = await reorderChapters(actor.id, workId, orderFromPositions(work.chapters.map((chapter) => chapter.id), formData));
    // A chapter added or deleted meanwhile: the page shows the chapters as they are now, with the message.
    if (!result.ok) revalidatePath(manageChaptersPath(workId));
    return result;
  },
  onSuccess: (_nothing, { args: [workId] }) => {
    revalidatePath("/", "layout");
    redirect(workPath(workId));
  },
});
