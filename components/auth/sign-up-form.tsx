"use client";

import { useActionState, useEffect, useRef } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form-message";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialFormState, valueOf, type FormState } from "@/lib/forms/form-state";
import { USERNAME_MAX, USERNAME_MIN } from "@/lib/users/limits";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

export function SignUpForm({ action }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  // React resets the form after the action, so the credentials are kept from the submit itself.
  const submitted = useRef({ login: "", password: "" });
  const router = useRouter();

  // The account exists: log straight in with what was typed, as a new user expects.
  useEffect(() => {
    if (state.status !== "success") return;
    void signIn("credentials", { ...submitted.current, redirect: false }).then(() => {
      router.push("/");
      router.refresh();
    });
  }, [state, router]);

  const errors = state.fieldErrors;
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        const data = new FormData(event.currentTarget);
        submitted.current = { login: String(data.get("username")), password: String(data.get("password")) };
      }}
      className="space-y-4"
      noValidate
    >
      <FormMessage message={state.message} tone={state.status === "success" ? "success" : "error"} />
      <TextField
        label="Username"
        name="username"
        autoComplete="username"
        hint={`${USERNAME_MIN}–${USERNAME_MAX} letters, numbers or underscores.`}
        maxLength={USERNAME_MAX}
        defaultValue={valueOf(state.values, "username")}
        errors={errors.username}
        required
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={valueOf(state.values, "email")}
        errors={errors.email}
        required
      />
      <NewPasswordFields errors={errors} labels={{ password: "Password", confirm: "Confirm password" }} />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}
