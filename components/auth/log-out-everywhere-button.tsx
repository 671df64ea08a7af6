"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

// Ends every session of the account, this one included; on success the action clears this
// browser's cookie and sends it to the log-in page, which says what happened.
export function LogOutEverywhereButton({ action }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <SubmitButton className="px-3 py-1 text-sm">Log out everywhere</SubmitButton>
      {state.status === "error" && <FormMessage message={state.message} />}
    </form>
  );
}
