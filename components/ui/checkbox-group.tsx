import { FieldErrors } from "@/components/ui/field-errors";

type Props = { legend: string; name: string; options: readonly string[]; checked: string[]; errors?: string[] };

export function CheckboxGroup({ legend, name, options, checked, errors }: Props) {
  return (
    <fieldset aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${name}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option} className="flex items-center gap-2">
            <input type="checkbox" name={name} value={option} defaultChecked={checked.includes(option)} />
            {option}
          </label>
        ))}
      </div>
      <FieldErrors id={`${name}-error`} errors={errors} />
    </fieldset>
  );
}
