"use client";

import { useActionState } from "react";
import { DisclosureButton } from "@/components/bookmarks/disclosure-button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

// Deleting needs a second, deliberate click: "Delete Bookmark" opens the confirmation.
export function DeleteBookmarkForm({ action }: { action: () => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <details className="rounded border border-red-200 bg-red-50 p-3">
      <DisclosureButton className="text-red-900">Delete Bookmark</DisclosureButton>
      <form action={formAction} className="mt-2 space-y-2">
        <p>Your notes and tags for this bookmark will be removed for good.</p>
        <FormMessage message={state.message} />
        <SubmitButton>Yes, delete bookmark</SubmitButton>
      </form>
    </details>
  );
}
