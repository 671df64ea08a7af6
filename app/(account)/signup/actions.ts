"use server";

import { fieldError, validatedAction } from "@/lib/forms/validated-action";
import { createAccount } from "@/lib/users/create-account";
import { signUpSchema } from "@/lib/users/schema";

export const signUp = validatedAction(signUpSchema, async (input, values) => {
  const result = await createAccount(input);
  if (!result.ok) return fieldError(values, result.field, result.message);
  return { status: "success", fieldErrors: {}, values, message: "Your account has been created." };
});
