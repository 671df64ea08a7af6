"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState, valueOf, type FormState } from "@/lib/forms/form-state";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

export function ForgotPasswordForm({ action }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <TextField
        label="Email or username"
        name="login"
        autoComplete="username"
        maxLength={254}
        defaultValue={valueOf(state.values, "login")}
        errors={state.fieldErrors.login}
        required
      />
      <SubmitButton>Reset Password</SubmitButton>
    </form>
  );
}
