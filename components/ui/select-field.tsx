import type { SelectHTMLAttributes } from "react";
import { FieldErrors } from "@/components/ui/field-errors";

type Props = {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
  errors?: string[];
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name">;

export function SelectField({ label, name, options, errors, id = name, ...select }: Props) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">{label}</label>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className="mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
