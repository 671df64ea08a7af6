"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { succeeded } from "@/lib/forms/form-state";
import { refuseGift } from "@/lib/gifts/refuse-gift";

// Only the session's user refuses, and only a gift made to them (refuseGift's where).
export const refuseGiftAction = defineAction({
  access: "user",
  args: [idSchema],
  run: ({ actor, args: [workId] }) => refuseGift(actor.id, workId),
  onSuccess: () => {
    revalidatePath("/", "layout");
    return succeeded("You refused the gift.");
  },
});
