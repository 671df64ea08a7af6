"use server";

import { defineAction } from "@/lib/actions/define-action";
import { idSchema } from "@/lib/actions/ids";
import { keepThisSession } from "@/lib/auth/keep-this-session";
import { succeeded } from "@/lib/forms/form-state";
import { changePasswordSchema } from "@/lib/users/account-schema";
import { changePassword } from "@/lib/users/change-password";

// Every session of the account ends; this browser's cookie is re-issued at the new version.
export const changePasswordAction = defineAction({
  access: "user",
  args: [idSchema],
  input: changePasswordSchema,
  limit: "account_password",
  run: ({ actor, args: [userId], input }) => changePassword(actor.id, userId, input),
  onSuccess: async ({ sessionVersion }) => {
    await keepThisSession(sessionVersion);
    return succeeded("Your password has been changed.");
  },
});
