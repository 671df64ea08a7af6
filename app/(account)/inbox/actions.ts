"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { markNoticesRead } from "@/lib/notices/inbox";

export const markAllRead = defineAction({
  access: "user",
  run: ({ actor }) => markNoticesRead(actor.id),
  onSuccess: () => {
    revalidatePath("/", "layout");
    return { status: "success", fieldErrors: {}, values: {}, message: "All notices are marked as read." };
  },
});
