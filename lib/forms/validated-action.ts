import "server-only";
import { z } from "zod";
import { formDataToValues, readFormData, type FormState, type FormValues } from "@/lib/forms/form-state";

// Parses a form with zod before any Server Action body runs and returns every field's errors
// with the typed values (unlike a first-error-only wrapper), ready for useActionState.
export function validatedAction<Schema extends z.ZodType>(
  schema: Schema,
  run: (data: z.infer<Schema>, values: FormValues, formData: FormData) => Promise<FormState | void>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const values = formDataToValues(formData);
    const parsed = schema.safeParse(readFormData(formData));
    if (!parsed.success) {
      return {
        status: "error",
        fieldErrors: z.flattenError(parsed.error).fieldErrors as FormState["fieldErrors"],
        values,
        message: "Please fix the problems below.",
      };
    }
    return (await run(parsed.data, values, formData)) ?? { status: "success", fieldErrors: {}, values };
  };
}

export function fieldError(values: FormValues, field: string, message: string): FormState {
  return { status: "error", fieldErrors: { [field]: [message] }, values, message: "Please fix the problems below." };
}
