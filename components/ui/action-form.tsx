"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  children: ReactNode;
  className?: string;
  "aria-label"?: string;
};

// A small form (one button and perhaps hidden fields) whose outcome, good or bad, is said in a
// live region beside it: no refusal is silent. It posts without JavaScript too.
export function ActionForm({ action, children, className, "aria-label": label }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className={className} aria-label={label}>
      {children}
      {state.message && <FormMessage message={state.message} tone={state.status === "success" ? "success" : "error"} />}
    </form>
  );
}
