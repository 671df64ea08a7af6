"use client";

import { useActionState } from "react";
import { FieldErrors } from "@/components/ui/field-errors";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { valueOf, type FormState, type FormValues } from "@/lib/forms/form-state";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; initialValues: FormValues };

export function EditTagForm({ action, initialValues }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle", fieldErrors: {}, values: initialValues });
  return (
    <form action={formAction} className="space-y-4 rounded border border-stone-300 bg-white p-4">
      <FormMessage message={state.message} />
      <div>
        <label className="flex items-center gap-2 font-semibold">
          <input type="checkbox" name="canonical" defaultChecked={Boolean(valueOf(state.values, "canonical"))} aria-describedby="canonical-error" />
          Canonical
        </label>
        <FieldErrors id="canonical-error" errors={state.fieldErrors.canonical} />
      </div>
      <TextField
        label="Synonym of"
        name="synonymOf"
        hint="The canonical tag (same type) this tag means. Leave empty if it is its own tag."
        defaultValue={valueOf(state.values, "synonymOf")}
        errors={state.fieldErrors.synonymOf}
      />
      <SubmitButton>Save tag</SubmitButton>
    </form>
  );
}
