import { TextField } from "@/components/ui/text-field";
import { valueOf, type FormState } from "@/lib/forms/form-state";
import { SERIES_TITLE_MAX } from "@/lib/series/limits";

type Props = { state: Pick<FormState, "values" | "fieldErrors">; mySeries: string[] };

// The posting and edit forms' "Series": one of the writer's series (offered as suggestions) or a
// new title, which starts a new series. The work becomes its next part.
export function SeriesField({ state, mySeries }: Props) {
  return (
    <div>
      <TextField
        label="Series"
        name="series"
        list="my-series"
        autoComplete="off"
        hint={`A new series title (up to ${SERIES_TITLE_MAX} characters), or one of your series. Leave empty for none; emptying it takes the work out of its series.`}
        defaultValue={valueOf(state.values, "series")}
        errors={state.fieldErrors.series}
      />
      <datalist id="my-series">
        {mySeries.map((title) => (
          <option key={title} value={title} />
        ))}
      </datalist>
    </div>
  );
}
