import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/forms/form-state";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/users/limits";

type Props = {
  errors: FormState["fieldErrors"];
  // Sign-up says "Password"; changing and resetting one say "New password" (the UI contract's names).
  labels?: { password: string; confirm: string };
};

// A password chosen twice, with the sign-up rules shown. Never filled back in after a failed submit.
export function NewPasswordFields({ errors, labels = { password: "New password", confirm: "Confirm new password" } }: Props) {
  return (
    <>
      <TextField
        label={labels.password}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN}–${PASSWORD_MAX} characters.`}
        maxLength={PASSWORD_MAX}
        errors={errors.password}
        required
      />
      <TextField
        label={labels.confirm}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        errors={errors.confirmPassword}
        required
      />
    </>
  );
}
