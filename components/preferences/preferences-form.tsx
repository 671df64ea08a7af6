"use client";

import { useActionState } from "react";
import { TagInput } from "@/components/tags/tag-input";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { valueOf, type FormState, type FormValues } from "@/lib/forms/form-state";
import { EXCLUDED_TAGS_MAX, FONT_SIZES, THEMES } from "@/lib/preferences/options";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
  // Hiding what one has read, left kudos on or bookmarked needs an account to remember them.
  loggedIn: boolean;
};

const HIDING = [
  { name: "hideRead", label: "Hide works I've read" },
  { name: "hideKudosed", label: "Hide works I've left kudos on" },
  { name: "hideBookmarked", label: "Hide works I've bookmarked" },
] as const;

export function PreferencesForm({ action, initialValues, loggedIn }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle", fieldErrors: {}, values: initialValues });
  // After a save the form shows what was saved, not an empty form.
  const values = state.status === "success" ? { ...initialValues, ...state.values } : state.values;
  const errors = state.fieldErrors;
  const checked = (name: string) => valueOf(values, name) === "on";
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage message={state.message} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Reading</legend>
        <SelectField label="Theme" name="theme" options={THEMES} defaultValue={valueOf(values, "theme")} errors={errors.theme} />
        <SelectField label="Font size" name="fontSize" options={FONT_SIZES} defaultValue={valueOf(values, "fontSize")} errors={errors.fontSize} />
        <CheckboxField label="Show the whole work by default" name="wholeWork" defaultChecked={checked("wholeWork")} />
        <CheckboxField label="Show me adult content without checking" name="adultWithoutCheck" defaultChecked={checked("adultWithoutCheck")} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Hiding works</legend>
        <TagInput
          label="Tags to always exclude"
          name="excludedTags"
          type="ANY"
          hint={`Any kind of tag, archive warnings too; comma separated, at most ${EXCLUDED_TAGS_MAX}. A tag's synonyms are excluded with it.`}
          defaultValue={valueOf(values, "excludedTags")}
          errors={errors.excludedTags}
        />
        {loggedIn ? (
          HIDING.map(({ name, label }) => <CheckboxField key={name} label={label} name={name} defaultChecked={checked(name)} />)
        ) : (
          <p className="text-sm text-stone-600">Log in to hide works you&apos;ve read, left kudos on or bookmarked.</p>
        )}
        <p className="text-sm text-stone-600">Listings say how many works your preferences hide, with a link to show them.</p>
      </fieldset>
      <SubmitButton>Save preferences</SubmitButton>
    </form>
  );
}
