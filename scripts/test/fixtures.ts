// Builders for integration tests: real rows through the real mutations, unique names per call.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { postWork } from "@/lib/works/post-work";
import { postWorkSchema } from "@/lib/works/schema";

export function unique(prefix: string) {
  return `${prefix}_${randomBytes(4).toString("hex")}`;
}

export async function makeUser(prefix = "user") {
  const username = unique(prefix);
  return db.user.create({
    data: { username, email: `${username}@example.test`, passwordHash: "not-a-real-hash" },
    select: { id: true, username: true, role: true },
  });
}

export type WorkOverrides = Partial<Record<string, string | string[]>>;

export function workInput(overrides: WorkOverrides = {}) {
  return postWorkSchema.parse({
    rating: "General Audiences",
    warnings: ["No Archive Warnings Apply"],
    categories: ["Gen"],
    fandoms: "Test Fandom",
    title: unique("Work"),
    body: "Once upon a time there was a test.",
    ...overrides,
  });
}

// Posts (or saves as a draft) a work the test expects to be accepted and answers its id.
export async function makeWork(creatorId: number, overrides: WorkOverrides = {}, { draft = false } = {}) {
  const result = await postWork(creatorId, workInput(overrides), { draft });
  if (!result.ok) throw new Error(`postWork refused the test work: ${result.code}`);
  return result.value;
}
