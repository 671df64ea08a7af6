"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { succeeded } from "@/lib/forms/form-state";
import { clearHistory, clearReading } from "@/lib/readings/clear-readings";

// The history is the session's own: no form names whose history it clears.
export const clearReadingAction = defineAction({
  access: "user",
  args: [idSchema],
  run: ({ actor, args: [workId] }) => clearReading(actor.id, workId),
  onSuccess: () => {
    revalidatePath("/", "layout");
    return succeeded("Removed from your history.");
  },
});

export const clearHistoryAction = defineAction({
  access: "user",
  run: ({ actor }) => clearHistory(actor.id),
  onSuccess: () => {
    revalidatePath("/", "layout");
    return succeeded("Your history is cleared.");
  },
});
