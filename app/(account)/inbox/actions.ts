"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { succeeded } from "@/lib/forms/form-state";
import { markNoticesRead } from "@/lib/notices/inbox";

export const markAllRead = defineAction({
  access: "user",
  run: ({ actor }) => markNoticesRead(actor.id),
  onSuccess: () => {
    revalidatePath("/", "layout");
    return succeeded("All notices are marked as read.");
  },
});
