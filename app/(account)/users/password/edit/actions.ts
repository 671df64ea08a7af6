"use server";

import { defineAction } from "@/lib/actions/define-action";
import { succeeded } from "@/lib/forms/form-state";
import { resetPasswordSchema } from "@/lib/users/account-schema";
import { resetPassword } from "@/lib/users/reset-password";

export const resetPasswordAction = defineAction({
  access: "guest",
  input: resetPasswordSchema,
  run: ({ input }) => resetPassword(input.token, input.password),
  onSuccess: () => succeeded("Your password has been changed. Log in with your new password."),
});
