"use client";

import { useActionState } from "react";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { FormMessage } from "@/components/ui/form-message";
import { Link } from "@/components/ui/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Props = { token: string; action: (state: FormState, formData: FormData) => Promise<FormState> };

// The reset link's form: the token travels as a hidden field; once the password is set, the form
// gives way to a link to log in with it.
export function ResetPasswordForm({ token, action }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === "success") {
    return (
      <div className="space-y-4">
        <FormMessage message={state.message} tone="success" />
        <Link href="/login" className="font-semibold text-red-900 underline">Log in</Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={state.fieldErrors} />
      <SubmitButton>Set New Password</SubmitButton>
    </form>
  );
}
