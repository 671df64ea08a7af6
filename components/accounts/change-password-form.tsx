"use client";

import { useActionState } from "react";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

// Old password, new password twice. Passwords are never sent back into the page.
export function ChangePasswordForm({ action }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <TextField label="Old password" name="oldPassword" type="password" autoComplete="current-password" errors={errors.oldPassword} required />
      <NewPasswordFields errors={errors} />
      <SubmitButton>Change Password</SubmitButton>
    </form>
  );
}
