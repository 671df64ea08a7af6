"use client";

import { useState, type TextareaHTMLAttributes } from "react";
import { FieldErrors } from "@/components/ui/field-errors";

type Props = {
  label: string;
  name: string;
  maxLength: number;
  errors?: string[];
  hint?: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "maxLength">;

// A textarea that shows how many characters are left (AO3's counters). The limit is enforced
// on the server; the browser limit is left off so a paste over the limit is kept, not cut.
export function CountedTextarea({ label, name, maxLength, errors, hint, id = name, defaultValue, ...textarea }: Props) {
  const [length, setLength] = useState(String(defaultValue ?? "").length);
  const left = maxLength - length;
  const describedBy = [hint && `${id}-hint`, `${id}-count`, errors?.length && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-stone-600">{hint}</p>}
      <textarea
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => setLength(event.target.value.length)}
        className="mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5 font-serif aria-invalid:border-red-700"
        {...textarea}
      />
      <p id={`${id}-count`} className={`text-right text-xs ${left < 0 ? "font-semibold text-red-700" : "text-stone-600"}`}>
        {left.toLocaleString("en")} characters left (of {maxLength.toLocaleString("en")})
      </p>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
