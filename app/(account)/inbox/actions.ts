"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { markNoticesRead } from "@/lib/notices/inbox";

export async function markAllRead() {
  const user = await requireUser();
  await markNoticesRead(user.id);
  revalidatePath("/", "layout");
}
