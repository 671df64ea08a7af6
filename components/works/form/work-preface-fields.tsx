import { CountedTextarea } from "@/components/ui/counted-textarea";
import { TextField } from "@/components/ui/text-field";
import { valueOf, type FormState } from "@/lib/forms/form-state";
import { NOTES_MAX, SUMMARY_MAX, TITLE_MAX } from "@/lib/works/limits";

export function WorkPrefaceFields({ state }: { state: Pick<FormState, "values" | "fieldErrors"> }) {
  const { values, fieldErrors: errors } = state;
  return (
    <fieldset className="space-y-4 rounded border border-stone-300 bg-white p-4">
      <legend className="px-1 text-lg font-bold">Preface</legend>
      <TextField label="Work Title" name="title" defaultValue={valueOf(values, "title")} errors={errors.title} hint={`Up to ${TITLE_MAX} characters.`} />
      <CountedTextarea label="Summary" name="summary" rows={4} maxLength={SUMMARY_MAX} defaultValue={valueOf(values, "summary")} errors={errors.summary} />
      <CountedTextarea label="Beginning Notes" name="notesBegin" rows={4} maxLength={NOTES_MAX} defaultValue={valueOf(values, "notesBegin")} errors={errors.notesBegin} />
      <CountedTextarea label="End Notes" name="notesEnd" rows={4} maxLength={NOTES_MAX} defaultValue={valueOf(values, "notesEnd")} errors={errors.notesEnd} />
    </fieldset>
  );
}
