import { CountedTextarea } from "@/components/ui/counted-textarea";
import { TextField } from "@/components/ui/text-field";
import { valueOf, type FormState } from "@/lib/forms/form-state";
import { CHAPTER_TEXT_MAX, CHAPTER_TEXT_MIN, NOTES_MAX, SUMMARY_MAX, TITLE_MAX } from "@/lib/works/limits";

const TEXT_HINT = `Type or paste your text: a blank line starts a new paragraph, a single line break stays a line break. Basic HTML is allowed. ${CHAPTER_TEXT_MIN}–${CHAPTER_TEXT_MAX.toLocaleString("en")} characters.`;

type Props = {
  state: Pick<FormState, "values" | "fieldErrors">;
  // The posting form asks only for the title and text; the chapter form has everything.
  variant: "work" | "chapter";
};

export function ChapterFields({ state, variant }: Props) {
  const { values, fieldErrors: errors } = state;
  const textLabel = variant === "work" ? "Work Text" : "Chapter Text";
  // The posting form has the work's notes; it shows the first chapter's own only when an import
  // brought some, labelled apart from the work's.
  const importedChapterPreface = ["chapterSummary", "chapterNotesBegin", "chapterNotesEnd"].some((field) => valueOf(values, field));
  const showChapterPreface = variant === "chapter" || importedChapterPreface;
  const notesPrefix = variant === "work" ? "Chapter " : "";
  return (
    <fieldset className="space-y-4 rounded border border-stone-300 bg-white p-4">
      <legend className="px-1 text-lg font-bold">{variant === "work" ? "Work Text" : "Chapter"}</legend>
      <TextField label="Chapter Title" name="chapterTitle" defaultValue={valueOf(values, "chapterTitle")} errors={errors.chapterTitle} hint={`Optional, up to ${TITLE_MAX} characters.`} />
      {showChapterPreface && (
        <>
          <CountedTextarea label="Chapter Summary" name="chapterSummary" rows={3} maxLength={SUMMARY_MAX} defaultValue={valueOf(values, "chapterSummary")} errors={errors.chapterSummary} />
          <CountedTextarea label={`${notesPrefix}Beginning Notes`} name="chapterNotesBegin" rows={3} maxLength={NOTES_MAX} defaultValue={valueOf(values, "chapterNotesBegin")} errors={errors.chapterNotesBegin} />
          <CountedTextarea label={`${notesPrefix}End Notes`} name="chapterNotesEnd" rows={3} maxLength={NOTES_MAX} defaultValue={valueOf(values, "chapterNotesEnd")} errors={errors.chapterNotesEnd} />
        </>
      )}
      <CountedTextarea label={textLabel} name="body" rows={18} maxLength={CHAPTER_TEXT_MAX} hint={TEXT_HINT} defaultValue={valueOf(values, "body")} errors={errors.body} />
    </fieldset>
  );
}
