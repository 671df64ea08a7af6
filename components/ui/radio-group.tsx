import { FieldErrors } from "@/components/ui/field-errors";

type Props = {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  checked: string;
  errors?: string[];
};

// A fieldset of radio buttons, each labelled, with the group's errors below it.
export function RadioGroup({ legend, name, options, checked, errors }: Props) {
  return (
    <fieldset aria-describedby={errors?.length ? `${name}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="flex items-center gap-2">
          <input type="radio" name={name} value={option.value} defaultChecked={checked === option.value} />
          {option.label}
        </label>
      ))}
      <FieldErrors id={`${name}-error`} errors={errors} />
    </fieldset>
  );
}
