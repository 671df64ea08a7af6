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
        // React applies a select's defaultValue only when it mounts, and React 19 resets a form
        // after its action: remount on a new default so a failed submit keeps the chosen option.
        key={String(select.defaultValue ?? "")}
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
