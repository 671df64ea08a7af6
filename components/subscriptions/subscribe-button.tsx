import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms/form-state";

type Props = {
  subscribed: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  label?: string;
};

// One button that says what it will do; the intent travels with the form, so a double click or a
// stale page asks for the same state twice instead of flipping it back.
export function SubscribeButton({ subscribed, action, label }: Props) {
  return (
    <ActionForm action={action}>
      <input type="hidden" name="intent" value={subscribed ? "unsubscribe" : "subscribe"} />
      <SubmitButton className={subscribed ? "!bg-quiet" : ""}>
        {subscribed ? "Unsubscribe" : "Subscribe"}
        {label && <span className="sr-only"> {label}</span>}
      </SubmitButton>
    </ActionForm>
  );
}
