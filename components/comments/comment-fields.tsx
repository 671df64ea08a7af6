import { CountedTextarea } from "@/components/ui/counted-textarea";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { COMMENT_MAX, GUEST_NAME_MAX } from "@/lib/comments/limits";
import { valueOf, type FormState } from "@/lib/forms/form-state";

type Props = {
  idPrefix: string;
  state: FormState;
  hidden: Record<string, string | number>;
  asGuest?: boolean;
  defaultBody?: string;
  submitLabel?: string;
};

// The comment form's fields: a guest's name and email, the text with its counter, and the button.
// Errors sit next to their fields and the outcome is read out from the status region.
export function CommentFields({ idPrefix, state, hidden, asGuest = false, defaultBody = "", submitLabel = "Comment" }: Props) {
  const { values, fieldErrors: errors } = state;
  const success = state.status === "success";
  return (
    <div className="space-y-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {asGuest && (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            id={`${idPrefix}-guestName`}
            label="Guest name"
            name="guestName"
            autoComplete="name"
            maxLength={GUEST_NAME_MAX}
            defaultValue={valueOf(values, "guestName")}
            errors={errors.guestName}
            required
          />
          <TextField
            id={`${idPrefix}-guestEmail`}
            label="Guest email"
            name="guestEmail"
            type="email"
            autoComplete="email"
            hint="Never shown to anyone."
            defaultValue={valueOf(values, "guestEmail")}
            errors={errors.guestEmail}
            required
          />
        </div>
      )}
      <CountedTextarea
        // A fresh field after each posted comment, so the counter starts over with the empty text.
        key={valueOf(values, "postedCommentId")}
        id={`${idPrefix}-body`}
        label="Comment"
        name="body"
        rows={5}
        maxLength={COMMENT_MAX}
        defaultValue={success ? "" : valueOf(values, "body") || defaultBody}
        errors={errors.body}
      />
      <FormMessage message={state.message} tone={success ? "success" : "error"} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </div>
  );
}
