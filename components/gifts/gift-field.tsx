import { TextField } from "@/components/ui/text-field";
import { valueOf, type FormState } from "@/lib/forms/form-state";
import { GIFT_RECIPIENTS_MAX } from "@/lib/gifts/limits";

// "Gift this work to": usernames, comma-separated; each recipient hears of it in their inbox.
export function GiftField({ state }: { state: Pick<FormState, "values" | "fieldErrors"> }) {
  return (
    <TextField
      label="Gift this work to"
      name="gifts"
      autoComplete="off"
      hint={`Usernames, comma-separated (up to ${GIFT_RECIPIENTS_MAX}).`}
      defaultValue={valueOf(state.values, "gifts")}
      errors={state.fieldErrors.gifts}
    />
  );
}
