import { CheckboxField } from "@/components/ui/checkbox-field";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { valueOf, type FormState } from "@/lib/forms/form-state";
import { LANGUAGES } from "@/lib/works/languages";

const COMMENT_PERMISSIONS = [
  { value: "REGISTERED", label: "Only registered users can comment" },
  { value: "EVERYONE", label: "Registered users and guests can comment" },
  { value: "NOBODY", label: "No one can comment" },
];

// Language, chapter count, publication date and who may see and comment on the work.
export function WorkSettingsFields({ state }: { state: Pick<FormState, "values" | "fieldErrors"> }) {
  const { values, fieldErrors: errors } = state;
  const permission = valueOf(values, "commentPermission") || "REGISTERED";
  return (
    <fieldset className="space-y-4 rounded border border-stone-300 bg-white p-4">
      <legend className="px-1 text-lg font-bold">Associations and privacy</legend>
      <SelectField
        label="Language"
        name="language"
        defaultValue={valueOf(values, "language") || "en"}
        options={LANGUAGES.map((language) => ({ value: language.code, label: language.name }))}
        errors={errors.language}
      />
      <TextField
        label="Expected number of chapters"
        name="expectedChapters"
        inputMode="numeric"
        hint='Leave empty or "?" if you do not know yet (shown as "1/?").'
        defaultValue={valueOf(values, "expectedChapters")}
        errors={errors.expectedChapters}
        className="max-w-xs"
      />
      <TextField
        label="Publication date"
        name="publishedAt"
        type="date"
        hint="Leave empty for today; you may backdate, but not post into the future."
        defaultValue={valueOf(values, "publishedAt")}
        errors={errors.publishedAt}
        className="max-w-xs"
      />
      <CheckboxField label="Only show to registered users" name="restricted" defaultChecked={Boolean(valueOf(values, "restricted"))} />
      <RadioGroup
        legend="Who can comment on this work"
        name="commentPermission"
        options={COMMENT_PERMISSIONS}
        checked={permission}
        errors={errors.commentPermission}
      />
      <CheckboxField label="Enable comment moderation" name="moderateComments" defaultChecked={Boolean(valueOf(values, "moderateComments"))} />
    </fieldset>
  );
}
