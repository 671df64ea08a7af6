"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";

export function LogInForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function logIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const data = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      login: String(data.get("login")),
      password: String(data.get("password")),
      redirect: false,
    });
    setPending(false);
    if (!result?.ok) {
      // A 429 carries the server's own words ("Too many log-in attempts. Try again in N seconds.");
      // any other refusal gets the one message that doesn't say which half was wrong.
      setError(
        result?.status === 429 && result.error ? result.error : "The username or password you entered doesn't match our records.",
      );
      return;
    }
    router.push(next);
    router.refresh();
  }

  return (
    <form onSubmit={logIn} className="space-y-4">
      <FormMessage message={error} />
      <TextField label="Username or email" name="login" autoComplete="username" required />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-semibold text-on-brand hover:bg-brand-hover disabled:opacity-60"
      >
        Log in
      </button>
    </form>
  );
}
