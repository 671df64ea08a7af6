import { stripControlCharacters } from "@/lib/text/strip-control-characters";

// The shape every form's Server Action returns to useActionState: each field's errors and the
// values as typed, so a failed submit keeps the user's text (React 19 resets the form otherwise).
export type FormValues = Record<string, string | string[]>;

export type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors: Record<string, string[] | undefined>;
  values: FormValues;
  message?: string;
};

// A Server Action as a form calls it through useActionState, after any bound arguments.
export type FormAction<Bound extends readonly unknown[] = []> = (
  ...args: [...Bound, previous: FormState, formData: FormData]
) => Promise<FormState>;

// A success the form shows (or not) and then starts afresh from.
export function succeeded(message?: string): FormState {
  return { status: "success", fieldErrors: {}, values: {}, ...(message ? { message } : {}) };
}

export const initialFormState: FormState = { status: "idle", fieldErrors: {}, values: {} };

// Secrets are never echoed back into the page.
const NEVER_ECHOED = new Set(["password", "confirmPassword", "oldPassword", "token"]);

// Repeated keys (checkbox groups) become arrays; single keys stay strings. Control characters
// are dropped here, before any schema or query sees the text.
export function readFormData(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const strings = formData
      .getAll(key)
      .filter((value): value is string => typeof value === "string")
      .map(stripControlCharacters);
    values[key] = strings.length > 1 ? strings : (strings[0] ?? "");
  }
  return values;
}

export function withoutSecrets(values: FormValues): FormValues {
  const echoed = { ...values };
  for (const key of NEVER_ECHOED) delete echoed[key];
  return echoed;
}

export function valueOf(values: FormValues, key: string): string {
  const value = values[key];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

export function listOf(values: FormValues, key: string): string[] {
  const value = values[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
