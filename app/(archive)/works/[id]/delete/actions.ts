"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { deleteWork } from "@/lib/works/delete-work";

export async function confirmDeleteWork(workId: number) {
  const user = await requireUser();
  if (!(await deleteWork(user.id, workId))) notFound();
  revalidatePath("/", "layout");
  redirect(`/users/${encodeURIComponent(user.username)}`);
}
