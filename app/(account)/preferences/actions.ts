"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { succeeded } from "@/lib/forms/form-state";
import { preferencesSchema } from "@/lib/preferences/schema";
import { saveGuestPreferences, saveReaderPreferences } from "@/lib/preferences/save-preferences";

// Everyone has preferences: a reader's are saved with the account, a guest's in a cookie.
export const savePreferences = defineAction({
  access: "guest",
  input: preferencesSchema,
  run: ({ actor, input }) => (actor ? saveReaderPreferences(actor.id, input) : saveGuestPreferences(input)),
  onSuccess: () => {
    // The theme and font size sit in the root layout: every page looks different now.
    revalidatePath("/", "layout");
    return succeeded("Your preferences were saved");
  },
});
