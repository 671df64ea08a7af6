"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState, valueOf, type FormState } from "@/lib/forms/form-state";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

const WORKS_OPTIONS = [
  { value: "orphan", label: "Orphan my works" },
  { value: "delete", label: "Delete my works" },
] as const;

// AO3's choice for a leaving creator; on success the action logs out and leaves the page.
export function DeleteAccountForm({ action }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <RadioGroup
        legend="What should happen to your works?"
        name="works"
        options={WORKS_OPTIONS}
        checked={valueOf(state.values, "works") || "orphan"}
        errors={state.fieldErrors.works}
      />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" errors={state.fieldErrors.password} required />
      <SubmitButton>Delete Account</SubmitButton>
    </form>
  );
}
