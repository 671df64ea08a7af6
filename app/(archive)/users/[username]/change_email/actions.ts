"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { succeeded } from "@/lib/forms/form-state";
import { afterResponse } from "@/lib/mail/defer";
import { changeEmailPath } from "@/lib/routes";
import { changeEmailSchema } from "@/lib/users/account-schema";
import { changeEmail } from "@/lib/users/change-email";

export const changeEmailAction = defineAction({
  access: "user",
  args: [idSchema],
  input: changeEmailSchema,
  limit: "account_password",
  run: ({ actor, args: [userId], input }) => changeEmail(actor.id, userId, input, afterResponse),
  onSuccess: (_nothing, { actor }) => {
    revalidatePath(changeEmailPath(actor.username));
    return succeeded("Your email has been updated.");
  },
});
