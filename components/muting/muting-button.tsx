import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms/form-state";

type Props = {
  kind: "mute" | "block";
  // Whether the viewer has muted (or blocked) the user now: the button offers the opposite.
  active: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  // Said to screen readers after the button's word, where several such buttons share a page.
  label?: string;
};

const WORDS = { mute: ["Mute", "Unmute"], block: ["Block", "Unblock"] } as const;

// "Mute"/"Unmute" or "Block"/"Unblock": a plain form post that says which state it wants, so a
// double click or a stale page asks for the same state twice instead of flipping it back.
export function MutingButton({ kind, active, action, label }: Props) {
  const [on, off] = WORDS[kind];
  const word = active ? off : on;
  return (
    <ActionForm action={action}>
      <input type="hidden" name="intent" value={word.toLowerCase()} />
      <SubmitButton className={active ? "!bg-stone-600" : ""}>
        {word}
        {label && <span className="sr-only"> {label}</span>}
      </SubmitButton>
    </ActionForm>
  );
}
