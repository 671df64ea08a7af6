"use client";

import { useActionState } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState, valueOf, type FormAction } from "@/lib/forms/form-state";
import { READING_LIST_NAME_MAX } from "@/lib/reading-lists/limits";

// "New list": a name and whether only its owner sees it. Keeps what was typed after a refusal.
export function NewListForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} noValidate aria-labelledby="new-list-heading" className="space-y-3 rounded border border-stone-300 bg-white p-4">
      <h2 id="new-list-heading" className="text-lg font-bold">New list</h2>
      <FormMessage message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <TextField
        label="List name"
        name="name"
        maxLength={READING_LIST_NAME_MAX}
        hint={`Up to ${READING_LIST_NAME_MAX} characters.`}
        defaultValue={valueOf(values, "name")}
        errors={errors.name}
      />
      <CheckboxField label="Private list" name="private" defaultChecked={valueOf(values, "private") === "on"} />
      <SubmitButton>Create list</SubmitButton>
    </form>
  );
}
