"use client";

import { useActionState } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { CountedTextarea } from "@/components/ui/counted-textarea";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { valueOf, type FormState, type FormValues } from "@/lib/forms/form-state";
import { SERIES_NOTES_MAX, SERIES_SUMMARY_MAX, SERIES_TITLE_MAX } from "@/lib/series/limits";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; initialValues: FormValues };

// The creator's series form: title, summary, notes and AO3's "This series is complete".
export function SeriesForm({ action, initialValues }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle", fieldErrors: {}, values: initialValues });
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <TextField
        label="Series Title"
        name="title"
        hint={`Up to ${SERIES_TITLE_MAX} characters.`}
        defaultValue={valueOf(values, "title")}
        errors={errors.title}
      />
      <CountedTextarea label="Summary" name="summary" rows={5} maxLength={SERIES_SUMMARY_MAX} defaultValue={valueOf(values, "summary")} errors={errors.summary} />
      <CountedTextarea label="Notes" name="notes" rows={5} maxLength={SERIES_NOTES_MAX} defaultValue={valueOf(values, "notes")} errors={errors.notes} />
      <CheckboxField label="This series is complete" name="complete" defaultChecked={valueOf(values, "complete") === "on"} />
      <SubmitButton>Update</SubmitButton>
    </form>
  );
}
