"use client";

import { useActionState } from "react";
import { DisclosureButton } from "@/components/ui/disclosure-button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Props = {
  // The button that opens the confirmation, e.g. "Delete Chapter".
  label: string;
  warning: string;
  confirmLabel: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

// Deleting needs a second, deliberate click, and works without JavaScript: the first button
// opens the confirmation; a refusal (e.g. "the only posted chapter") shows in its live region.
export function ConfirmDeleteForm({ label, warning, confirmLabel, action }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <details className="rounded border border-red-200 bg-red-50 p-3">
      <DisclosureButton className="text-red-900">{label}</DisclosureButton>
      <form action={formAction} className="mt-2 space-y-2">
        <p>{warning}</p>
        <FormMessage message={state.message} />
        <SubmitButton>{confirmLabel}</SubmitButton>
      </form>
    </details>
  );
}
