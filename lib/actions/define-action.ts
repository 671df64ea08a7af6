import "server-only";
import { randomUUID } from "node:crypto";
import { notFound, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getCurrentUser, type Viewer } from "@/lib/auth/session";
import { keepingFreshMarker } from "@/lib/db-routing";
import { errorMessage, type ErrorCode } from "@/lib/error-codes";
import { readFormData, succeeded, withoutSecrets, type FormAction, type FormState, type FormValues } from "@/lib/forms/form-state";
import { isHttpsOrigin } from "@/lib/http/security-headers";
import { consumeLimit, type LimitSubject } from "@/lib/rate-limits/check-limit";
import { LIMITS, type LimitName } from "@/lib/rate-limits/limits";
import type { Failure, Result } from "@/lib/result";
import { requestClientAddress } from "@/lib/visitors/request-client-address";

// Every Server Action is built here, so each one does the same things in the same order:
//   1. who is asking (guest, user or admin) — before anything is read;
//   2. the bound arguments and the form, parsed with zod (control characters already gone);
//   3. the abuse limit, if the action has one (counted only for a request that would run);
//   4. the lib mutation, whose Result is mapped once: not_found → 404, a failure with a field →
//      next to that field, any other failure → a message for the whole form;
//   5. an unexpected exception → logged with a reference, and the form comes back with its text.
// The returned function has useActionState's shape after its bound arguments:
// (...bound, previousState, formData).

export type Access = "guest" | "user" | "admin";
type ActorFor<A extends Access> = A extends "guest" ? Viewer | null : Viewer;
type ArgsOf<Schemas extends readonly z.ZodType[]> = { [K in keyof Schemas]: z.infer<Schemas[K]> };

export type ActionContext<A extends Access, Args, Input> = {
  actor: ActorFor<A>;
  args: Args;
  input: Input;
  // The form as typed (secrets left out), to send back with a refusal.
  values: FormValues;
  formData: FormData;
};

type ActionSpec<A extends Access, Schemas extends readonly z.ZodType[], InputSchema extends z.ZodType, T> = {
  access: A;
  args?: Schemas;
  input?: InputSchema;
  // An abuse limit from lib/rate-limits/limits.ts, or a choice of one by who is asking (null: none).
  // Over it, the form comes back with "…Try again in N seconds." and its text.
  limit?: LimitName | ((who: { actor: ActorFor<A> }) => LimitName | null);
  run: (context: ActionContext<A, ArgsOf<Schemas>, z.infer<InputSchema>>) => Promise<Result<T>>;
  // What success looks like: a redirect, or the state the form shows next. Default: a plain success.
  onSuccess?: (value: T, context: ActionContext<A, ArgsOf<Schemas>, z.infer<InputSchema>>) => FormState | Promise<FormState>;
};

const builtActions = new WeakSet<object>();

// Lets a test prove that every exported Server Action came from this factory.
export function isDefinedAction(value: unknown): boolean {
  return typeof value === "function" && builtActions.has(value);
}

const NO_INPUT = z.object({});

export function defineAction<
  A extends Access,
  const Schemas extends readonly z.ZodType[] = [],
  InputSchema extends z.ZodType = typeof NO_INPUT,
  T = undefined,
>(spec: ActionSpec<A, Schemas, InputSchema, T>): FormAction<ArgsOf<Schemas>> {
  const argSchemas = spec.args ?? [];
  const inputSchema: z.ZodType = spec.input ?? NO_INPUT;

  // The read-your-writes marker survives an action that sets cookies itself (lib/db-routing.ts).
  const action = (...raw: unknown[]): Promise<FormState> => keepingFreshMarker(() => runAction(...raw), isHttpsOrigin(process.env.NEXTAUTH_URL));
  const runAction = async (...raw: unknown[]): Promise<FormState> => {
    const formData = raw[argSchemas.length + 1] instanceof FormData ? (raw[argSchemas.length + 1] as FormData) : new FormData();
    const typed = readFormData(formData);
    const values = withoutSecrets(typed);
    try {
      const actor = await authorise(spec.access);
      if (actor === "login_required") return formMessage("login_required", values);

      const args = z.tuple(argSchemas as unknown as [z.ZodType, ...z.ZodType[]]).safeParse(raw.slice(0, argSchemas.length));
      // A bound id that isn't one of ours is the same as one that doesn't exist.
      if (argSchemas.length > 0 && !args.success) notFound();

      const input = inputSchema.safeParse(typed);
      if (!input.success) {
        return {
          status: "error",
          fieldErrors: z.flattenError(input.error).fieldErrors as FormState["fieldErrors"],
          values,
          message: "Please fix the problems below.",
        };
      }
      const context = {
        actor: actor as ActorFor<A>,
        args: (args.success ? args.data : []) as ArgsOf<Schemas>,
        input: input.data as z.infer<InputSchema>,
        values,
        formData,
      };
      const limitName = typeof spec.limit === "function" ? spec.limit({ actor: context.actor }) : spec.limit;
      if (limitName) {
        const verdict = await consumeLimit(limitName, await limitSubject(limitName, context.actor));
        if (!verdict.allowed) return formMessage("rate_limited", values, { seconds: verdict.retryAfterSeconds });
      }
      const result = await spec.run(context);
      if (!result.ok) return refusal(result, values);
      return spec.onSuccess ? await spec.onSuccess(result.value, context) : succeeded();
    } catch (error) {
      // redirect() and notFound() travel as exceptions: let Next see them.
      unstable_rethrow(error);
      const ref = randomUUID().slice(0, 8);
      console.error(`Server Action failed (ref ${ref}):`, error);
      return formMessage("unexpected", values, { ref });
    }
  };
  builtActions.add(action);
  return action as FormAction<ArgsOf<Schemas>>;
}

async function authorise(access: Access): Promise<Viewer | null | "login_required"> {
  const viewer = await getCurrentUser();
  if (access === "guest") return viewer;
  if (!viewer) return "login_required";
  // Admin pages are invisible to everyone else: a 404, not a "forbidden" that confirms they exist.
  if (access === "admin" && viewer.role !== "ADMIN") notFound();
  return viewer;
}

async function limitSubject(name: LimitName, actor: Viewer | null): Promise<LimitSubject> {
  const per = LIMITS[name].per;
  if (per === "address") return { address: await requestClientAddress() };
  if (per === "user" && actor) return { userId: actor.id };
  throw new Error(`The ${name} limit counts per ${per}: an action can't name it for this request.`);
}

function refusal(failure: Failure, values: FormValues): FormState {
  if (failure.code === "not_found") notFound();
  const message = errorMessage(failure.code, failure.params);
  if (failure.field) {
    return { status: "error", fieldErrors: { [failure.field]: [message] }, values, message: "Please fix the problems below." };
  }
  return { status: "error", fieldErrors: {}, values, message };
}

function formMessage(code: ErrorCode, values: FormValues, params?: Record<string, string | number>): FormState {
  return { status: "error", fieldErrors: {}, values, message: errorMessage(code, params) };
}
