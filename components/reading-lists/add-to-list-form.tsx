"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, valueOf, type FormAction } from "@/lib/forms/form-state";

type Props = { lists: { id: number; name: string; private: boolean; holdsWork: boolean }[]; action: FormAction };

// The work page's "Add to list": one of the reader's lists, and "Add". A plain form post.
export function AddToListForm({ lists, action }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const chosen = valueOf(state.values, "listId") || String(lists.find((list) => !list.holdsWork)?.id ?? lists[0]?.id ?? "");
  const options = lists.map((list) => ({
    value: String(list.id),
    label: `${list.name}${list.private ? " (private)" : ""}${list.holdsWork ? " (has this work)" : ""}`,
  }));
  return (
    <form action={formAction} noValidate aria-label="Add to list" className="flex flex-wrap items-end gap-3">
      <SelectField label="Reading list" name="listId" id="reading-list" options={options} defaultValue={chosen} errors={state.fieldErrors.listId} />
      <SubmitButton>Add</SubmitButton>
      <FormMessage message={state.message} tone={state.status === "success" ? "success" : "error"} />
    </form>
  );
}
