import { TextField } from "@/components/ui/text-field";
import { valueOf, type FormState } from "@/lib/forms/form-state";
import { CREATORS_MAX } from "@/lib/creatorships/limits";

// "Co-Creators" on the posting and edit forms: each username named gets an invitation in their
// inbox, and becomes a creator of the work on accepting it.
export function CoCreatorsField({ state }: { state: Pick<FormState, "values" | "fieldErrors"> }) {
  return (
    <div className="rounded border border-stone-300 bg-white p-4">
      <TextField
        label="Co-Creators"
        name="coCreators"
        autoComplete="off"
        hint={`Usernames, separated by commas. Each is invited and becomes a creator of this work on accepting. A work can have at most ${CREATORS_MAX} creators, invitations included.`}
        defaultValue={valueOf(state.values, "coCreators")}
        errors={state.fieldErrors.coCreators}
      />
    </div>
  );
}
