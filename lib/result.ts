import type { ErrorCode } from "@/lib/error-codes";

// What every lib mutation answers. A failure names one code from lib/error-codes.ts; the action
// factory (lib/actions/define-action.ts) turns each code into a 404, a message next to a field or
// a message for the whole form, in one place.
export type Failure = {
  ok: false;
  code: ErrorCode;
  // The form field the refusal belongs to; absent for a message about the whole form.
  field?: string;
  // Values the message names (a tag's name, seconds to wait…).
  params?: Record<string, string | number>;
};

export type Success<T> = { ok: true; value: T };

export type Result<T = undefined> = Success<T> | Failure;

export function ok(): Success<undefined>;
export function ok<T>(value: T): Success<T>;
export function ok<T>(value?: T): Success<T | undefined> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, details: Omit<Failure, "ok" | "code"> = {}): Failure {
  return { ok: false, code, ...details };
}
