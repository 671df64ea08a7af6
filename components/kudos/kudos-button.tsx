"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

// A plain form: it posts without JavaScript, and with it the page updates in place.
type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

export function KudosButton({ action }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <SubmitButton>
        Kudos <span aria-hidden="true">♥</span>
      </SubmitButton>
      <p role="status" aria-live="polite" className={state.status === "success" ? "text-green-800" : "text-stone-700"}>
        {state.message}
      </p>
    </form>
  );
}
