import { beforeEach, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/session";
import { initialFormState } from "@/lib/forms/form-state";
import { fail, ok } from "@/lib/result";
import { defineAction } from "./define-action";
import { idSchema } from "./ids";

// Who is signed in is the one thing faked here: the factory's own logic runs for real.
let signedIn: Viewer | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));

const reader: Viewer = { id: 7, username: "reader", role: "USER" };

function form(fields: Record<string, string>) {
  const formData = new FormData();
  for (const [key, value] of Object.entries(fields)) formData.append(key, value);
  return formData;
}

// notFound() and redirect() travel as errors whose digest names them.
async function digestOf(promise: Promise<unknown>) {
  try {
    await promise;
    return null;
  } catch (error) {
    return (error as { digest?: string }).digest ?? String(error);
  }
}

beforeEach(() => {
  signedIn = reader;
});

describe("defineAction", () => {
  const echo = defineAction({
    access: "user",
    args: [idSchema],
    input: z.object({ title: z.string().min(1, "Title can't be blank.") }),
    run: async ({ args: [id], input, actor }) => ok({ id, title: input.title, by: actor.username }),
    onSuccess: (value) => ({ status: "success", fieldErrors: {}, values: {}, message: JSON.stringify(value) }),
  });

  test("parses bound arguments and the form, and hands the signed-in user to the mutation", async () => {
    const state = await echo(12, initialFormState, form({ title: "A\u0000 Title\u0007" }));
    expect(JSON.parse(state.message ?? "")).toEqual({ id: 12, title: "A Title", by: "reader" });
  });

  test("a bound id that is not a row id of ours is a 404, never a database error", async () => {
    for (const id of ["abc", 3_000_000_000, -1, 0, 1.5, null, Infinity]) {
      expect(await digestOf(echo(id as number, initialFormState, form({ title: "x" })))).toMatch(/404/);
    }
  });

  test("field errors come back next to the field, with what was typed", async () => {
    const state = await echo(1, initialFormState, form({ title: "", notes: "keep me" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { title: ["Title can't be blank."] }, values: { notes: "keep me" } });
  });

  test("a guest on a user action is asked to log in, and keeps the text", async () => {
    signedIn = null;
    const state = await echo(1, initialFormState, form({ title: "Draft title" }));
    expect(state.message).toMatch(/log in/i);
    expect(state.values).toEqual({ title: "Draft title" });
  });

  test("admin actions are invisible to other users", async () => {
    const adminOnly = defineAction({ access: "admin", run: async () => ok() });
    expect(await digestOf(adminOnly(initialFormState, form({})))).toMatch(/404/);
  });

  test("each failure code is mapped once: not_found → 404, with a field → next to it, else a form message", async () => {
    const refusing = defineAction({
      access: "guest",
      input: z.object({ code: z.string() }),
      run: async ({ input }) =>
        input.code === "missing" ? fail("not_found") : input.code === "field" ? fail("username_taken", { field: "username" }) : fail("kudos_already"),
    });
    expect(await digestOf(refusing(initialFormState, form({ code: "missing" })))).toMatch(/404/);
    expect(await refusing(initialFormState, form({ code: "field" }))).toMatchObject({
      fieldErrors: { username: ["Username has already been taken."] },
    });
    expect(await refusing(initialFormState, form({ code: "other" }))).toMatchObject({
      fieldErrors: {},
      message: "You have already left kudos here. :)",
    });
  });

  test("an unexpected exception is logged with a reference and the form keeps its text", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = defineAction({
      access: "guest",
      run: async () => {
        throw new Error("database went away");
      },
    });
    const state = await broken(initialFormState, form({ body: "My long comment", password: "secret" }));
    const ref = /ref ([0-9a-f]{8})/.exec(state.message ?? "")?.[1];
    expect(state.message).toBe(`Something went wrong (ref ${ref}); your text is still here.`);
    expect(state.values).toEqual({ body: "My long comment" });
    expect(String(errors.mock.calls[0]?.[0])).toContain(ref);
    errors.mockRestore();
  });
});
