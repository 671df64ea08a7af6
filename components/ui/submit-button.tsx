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
      className={`rounded bg-red-900 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60 ${className}`}
      {...button}
    >
      {children}
    </button>
  );
}
