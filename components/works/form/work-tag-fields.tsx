import { TagInput } from "@/components/tags/tag-input";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { SelectField } from "@/components/ui/select-field";
import { listOf, valueOf, type FormState } from "@/lib/forms/form-state";
import { ARCHIVE_WARNINGS, CATEGORIES, RATINGS } from "@/lib/tags/archive-tags";
import { TAG_MAX_LENGTH } from "@/lib/tags/limits";
import { USER_TAGS_MAX } from "@/lib/works/limits";

const TAG_HINT = `Separate tags with commas; each tag up to ${TAG_MAX_LENGTH} characters.`;

// AO3's tag section, in AO3's order: rating, warnings, fandoms, categories, relationships,
// characters, additional tags.
export function WorkTagFields({ state }: { state: Pick<FormState, "values" | "fieldErrors"> }) {
  const { values, fieldErrors: errors } = state;
  return (
    <fieldset className="space-y-4 rounded border border-stone-300 bg-white p-4">
      <legend className="px-1 text-lg font-bold">Tags</legend>
      <SelectField
        label="Rating"
        name="rating"
        defaultValue={valueOf(values, "rating") || "Not Rated"}
        options={RATINGS.map((rating) => ({ value: rating, label: rating }))}
        errors={errors.rating}
      />
      <CheckboxGroup legend="Archive Warnings" name="warnings" options={ARCHIVE_WARNINGS} checked={listOf(values, "warnings")} errors={errors.warnings} />
      <TagInput label="Fandoms" name="fandoms" type="FANDOM" defaultValue={valueOf(values, "fandoms")} errors={errors.fandoms} hint={TAG_HINT} />
      <CheckboxGroup legend="Categories" name="categories" options={CATEGORIES} checked={listOf(values, "categories")} errors={errors.categories} />
      <TagInput label="Relationships" name="relationships" type="RELATIONSHIP" defaultValue={valueOf(values, "relationships")} errors={errors.relationships} hint='"A/B" for a romantic pairing, "A & B" for a platonic one.' />
      <TagInput label="Characters" name="characters" type="CHARACTER" defaultValue={valueOf(values, "characters")} errors={errors.characters} />
      <TagInput
        label="Additional Tags"
        name="freeforms"
        type="FREEFORM"
        defaultValue={valueOf(values, "freeforms")}
        errors={errors.freeforms}
        hint={`Fandoms, relationships, characters and additional tags: ${USER_TAGS_MAX} at most in all.`}
      />
    </fieldset>
  );
}
