"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ChapterFields } from "@/components/works/form/chapter-fields";
import { valueOf, type FormState, type FormValues } from "@/lib/forms/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
  // Where a new chapter may go: 1 … chapters + 1. Absent when editing.
  positions?: number;
  canSaveDraft: boolean;
};

export function ChapterForm({ action, initialValues, positions, canSaveDraft }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle", fieldErrors: {}, values: initialValues });
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage message={state.message} />
      {positions !== undefined && (
        <SelectField
          label="Chapter position"
          name="position"
          defaultValue={valueOf(state.values, "position") || String(positions)}
          options={Array.from({ length: positions }, (_, index) => ({
            value: String(index + 1),
            label: index + 1 === positions ? `${index + 1} (at the end)` : String(index + 1),
          }))}
        />
      )}
      <ChapterFields state={state} variant="chapter" />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="post">Post</SubmitButton>
        {canSaveDraft && (
          <SubmitButton name="intent" value="draft" className="!bg-quiet">Save as draft</SubmitButton>
        )}
      </div>
    </form>
  );
}
