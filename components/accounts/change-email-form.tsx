"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState, valueOf, type FormState } from "@/lib/forms/form-state";

type Props = { currentEmail: string; action: (state: FormState, formData: FormData) => Promise<FormState> };

export function ChangeEmailForm({ currentEmail, action }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <p>
        Your email is now <strong>{currentEmail}</strong>.
      </p>
      <TextField
        label="New email"
        name="email"
        type="email"
        autoComplete="email"
        maxLength={254}
        defaultValue={state.status === "error" ? valueOf(state.values, "email") : ""}
        errors={state.fieldErrors.email}
        required
      />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" errors={state.fieldErrors.password} required />
      <SubmitButton>Change Email</SubmitButton>
    </form>
  );
}
