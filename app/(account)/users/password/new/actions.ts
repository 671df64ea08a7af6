"use server";

import { defineAction } from "@/lib/actions/define-action";
import { succeeded } from "@/lib/forms/form-state";
import { afterResponse } from "@/lib/mail/defer";
import { forgotPasswordSchema } from "@/lib/users/account-schema";
import { requestPasswordReset, RESET_REQUESTED_MESSAGE } from "@/lib/users/request-password-reset";

// One neutral answer, account or not; the mail goes out after the response (lib/mail/defer.ts).
export const requestPasswordResetAction = defineAction({
  access: "guest",
  input: forgotPasswordSchema,
  limit: "password_reset_address",
  run: ({ input }) => requestPasswordReset(input.login, afterResponse),
  onSuccess: () => succeeded(RESET_REQUESTED_MESSAGE),
});
