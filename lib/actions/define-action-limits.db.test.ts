import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import { initialFormState } from "@/lib/forms/form-state";
import { LIMITS } from "@/lib/rate-limits/limits";
import { rateLimits } from "@/lib/rate-limits/rate-limits";
import { ok } from "@/lib/result";
import { defineAction } from "./define-action";

// Faked: who is signed in, and the address the request came from (there is no request here).
// The limits themselves count for real, in this file's PostgreSQL database.
let signedIn: Viewer | null = null;
let address = "192.0.2.10";
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
vi.mock("@/lib/visitors/request-client-address", () => ({ requestClientAddress: async () => address }));

function form(fields: Record<string, string>) {
  const formData = new FormData();
  for (const [key, value] of Object.entries(fields)) formData.append(key, value);
  return formData;
}

beforeEach(() => {
  signedIn = null;
});
afterAll(async () => {
  await rateLimits().close();
});

describe("an action's abuse limit", () => {
  let runs = 0;
  const guestComment = defineAction({
    access: "guest",
    limit: ({ actor }) => (actor ? null : "guest_comment"),
    run: async () => {
      runs += 1;
      return ok();
    },
  });

  test("past the limit the mutation doesn't run and the form says how long to wait, keeping the text", async () => {
    address = "192.0.2.10";
    runs = 0;
    for (let attempt = 1; attempt <= LIMITS.guest_comment.points; attempt += 1) {
      expect((await guestComment(initialFormState, form({ body: `comment ${attempt}` }))).status).toBe("success");
    }
    const refused = await guestComment(initialFormState, form({ body: "one too many", guestName: "Ann" }));
    expect(refused.status).toBe("error");
    expect(refused.message).toMatch(/^You're doing that too often\. Try again in \d+ seconds\.$/);
    expect(refused.values).toEqual({ body: "one too many", guestName: "Ann" });
    expect(runs).toBe(LIMITS.guest_comment.points);
  });

  test("another address, or a signed-in reader for whom the action names no limit, is not held back", async () => {
    address = "192.0.2.11";
    expect((await guestComment(initialFormState, form({}))).status).toBe("success");
    address = "192.0.2.10";
    signedIn = { id: 1, username: "reader", role: "USER" };
    expect((await guestComment(initialFormState, form({}))).status).toBe("success");
  });

  test("a per-user limit counts the signed-in user, wherever they connect from", async () => {
    const post = defineAction({ access: "user", limit: "post_work", run: async () => ok() });
    signedIn = { id: 42, username: "writer", role: "USER" };
    for (let attempt = 1; attempt <= LIMITS.post_work.points; attempt += 1) {
      address = `198.51.100.${attempt}`;
      expect((await post(initialFormState, form({}))).status).toBe("success");
    }
    expect((await post(initialFormState, form({}))).message).toMatch(/Try again in \d+ seconds/);
    signedIn = { id: 43, username: "other", role: "USER" };
    expect((await post(initialFormState, form({}))).status).toBe("success");
  });

  test("a form that fails validation doesn't use up the allowance", async () => {
    const { z } = await import("zod");
    const signUp = defineAction({ access: "guest", limit: "sign_up", input: z.object({ name: z.string().min(1) }), run: async () => ok() });
    address = "203.0.113.50";
    for (let attempt = 1; attempt <= LIMITS.sign_up.points + 5; attempt += 1) {
      expect((await signUp(initialFormState, form({ name: "" }))).status).toBe("error");
    }
    expect((await signUp(initialFormState, form({ name: "ok" }))).status).toBe("success");
  });
});
