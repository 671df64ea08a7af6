import { newContext } from "./test";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PASSWORD } from "./accounts";
import { createUser, type FixtureUser } from "./fixtures";
import { OUTPUT_DIR } from "./output-dir";

// One account per role, signed up once per run by auth.setup.ts; specs start logged in as one of
// them with `test.use({ storageState: storageStateOf("writer") })`. Kept beside the run's traces
// (the output folder is emptied when a run starts, before the setup project writes them).
export const ROLES = ["writer", "reader", "admin"] as const;
export type Role = (typeof ROLES)[number];

const AUTH_DIR = path.join(__dirname, "..", "..", OUTPUT_DIR, ".auth");

export function storageStateOf(role: Role): string {
  return path.join(AUTH_DIR, `${role}.json`);
}

export function accountFile(role: Role): string {
  return path.join(AUTH_DIR, `${role}.account.json`);
}

const accounts = new Map<Role, FixtureUser>();

// The role's account (id and username), for the rows a fixture makes in its name.
export function account(role: Role): FixtureUser {
  if (!accounts.has(role)) accounts.set(role, JSON.parse(readFileSync(accountFile(role), "utf8")) as FixtureUser);
  return accounts.get(role)!;
}

// A user of the spec's own, for journeys whose assertions see everything a user has (a profile's
// count, an inbox, a bookmarks page): made in the database and logged in through next-auth's
// credentials endpoint, which checks the password as the log-in form does. Log-in itself is the
// journey of accounts.spec.ts.
export async function ownUser(browser: Browser, prefix: string): Promise<FixtureUser & { page: Page; context: BrowserContext }> {
  const user = await createUser(prefix);
  const context = await newContext(browser);
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, login: user.username, password: PASSWORD, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const cookies = await context.cookies();
  expect(cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(true);
  return { ...user, context, page: await context.newPage() };
}

// A second person with a role's saved log-in, in their own browser context.
export async function pageAs(browser: Browser, role: Role): Promise<Page> {
  const context = await newContext(browser, { storageState: storageStateOf(role) });
  return context.newPage();
}
