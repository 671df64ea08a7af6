"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";

// Disabled while its form is submitting, so a double click cannot post twice.
export function SubmitButton({ children, className = "", ...button }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className={`rounded bg-brand px-4 py-2 font-semibold text-on-brand hover:bg-brand-hover disabled:opacity-60 ${className}`}
      {...button}
    >
      {children}
    </button>
  );
}
