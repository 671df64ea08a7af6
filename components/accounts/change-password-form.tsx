"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/users/limits";

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

export function NewPasswordFields({ errors }: { errors: FormState["fieldErrors"] }) {
  return (
    <>
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN}–${PASSWORD_MAX} characters.`}
        maxLength={PASSWORD_MAX}
        errors={errors.password}
        required
      />
      <TextField
        label="Confirm new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        errors={errors.confirmPassword}
        required
      />
    </>
  );
}
