"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createAccount } from "@/lib/users/create-account";
import { signUpSchema } from "@/lib/users/schema";

// The form signs the new account in itself, with the credentials it still holds.
export const signUp = defineAction({
  access: "guest",
  input: signUpSchema,
  limit: "sign_up",
  run: ({ input }) => createAccount(input),
  onSuccess: (_account, { values }) => ({ status: "success", fieldErrors: {}, values, message: "Your account has been created." }),
});
