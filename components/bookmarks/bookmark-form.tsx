"use client";

import { useActionState } from "react";
import { TagInput } from "@/components/tags/tag-input";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { CountedTextarea } from "@/components/ui/counted-textarea";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { BOOKMARK_NOTES_MAX } from "@/lib/bookmarks/limits";
import { valueOf, type FormState, type FormValues } from "@/lib/forms/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues?: FormValues;
  // Several forms can share a page (the work page's panel); ids must not clash.
  idPrefix: string;
};

// AO3's bookmark form: "Notes", "Your tags", "Rec", "Private bookmark", "Save bookmark".
export function BookmarkForm({ action, initialValues = {}, idPrefix }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle", fieldErrors: {}, values: initialValues });
  const { values, fieldErrors: errors } = state;
  return (
    <form action={formAction} className="mt-3 space-y-4" noValidate>
      <FormMessage message={state.message} />
      <CountedTextarea
        label="Notes"
        name="notes"
        id={`${idPrefix}-notes`}
        rows={5}
        maxLength={BOOKMARK_NOTES_MAX}
        defaultValue={valueOf(values, "notes")}
        errors={errors.notes}
      />
      <TagInput
        label="Your tags"
        name="tags"
        type="FREEFORM"
        hint="Comma separated, 150 characters per tag."
        defaultValue={valueOf(values, "tags")}
        errors={errors.tags}
      />
      <div className="flex flex-wrap gap-6">
        <CheckboxField label="Rec" name="rec" defaultChecked={valueOf(values, "rec") === "on"} />
        <CheckboxField label="Private bookmark" name="private" defaultChecked={valueOf(values, "private") === "on"} />
      </div>
      <SubmitButton>Save bookmark</SubmitButton>
    </form>
  );
}
