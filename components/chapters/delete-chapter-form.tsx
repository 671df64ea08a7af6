"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

// Deleting needs a second, deliberate click: "Delete Chapter" opens the confirmation.
export function DeleteChapterForm({ action }: { action: () => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <details className="rounded border border-red-200 bg-red-50 p-3">
      <summary className="cursor-pointer font-semibold text-red-900">Delete Chapter</summary>
      <form action={formAction} className="mt-2 space-y-2">
        <p>This chapter and its comments will be removed for good.</p>
        <FormMessage message={state.message} />
        <SubmitButton>Yes, delete this chapter</SubmitButton>
      </form>
    </details>
  );
}
