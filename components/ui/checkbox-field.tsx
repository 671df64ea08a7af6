import type { InputHTMLAttributes } from "react";

type Props = { label: string; name: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type">;

// A single checkbox with its label beside it (the label is the accessible name).
export function CheckboxField({ label, name, className = "", ...input }: Props) {
  return (
    <label className={`flex items-center gap-2 ${className}`}>
      <input type="checkbox" name={name} {...input} />
      {label}
    </label>
  );
}
