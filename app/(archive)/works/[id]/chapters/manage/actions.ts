"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { orderFromPositions } from "@/lib/chapters/order-from-positions";
import { reorderChapters } from "@/lib/chapters/reorder-chapters";
import { getOwnWork } from "@/lib/works/get-own-work";

export async function updateChapterPositions(workId: number, formData: FormData) {
  const user = await requireUser();
  const work = await getOwnWork(workId, user.id);
  if (!work) notFound();
  const order = orderFromPositions(work.chapters.map((chapter) => chapter.id), formData);
  const result = await reorderChapters(user.id, workId, order);
  if (result === "not_found") notFound();
  revalidatePath("/", "layout");
  // A mismatch means a chapter was added or deleted meanwhile: show the page again as it is now.
  redirect(result === "reordered" ? `/works/${workId}` : `/works/${workId}/chapters/manage`);
}
