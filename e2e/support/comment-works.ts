import { newContext } from "./test";
import type { Browser, Locator, Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { createWork } from "./fixtures";
import { account } from "./roles";

const PERMISSIONS = { registered: "REGISTERED", everyone: "EVERYONE", nobody: "NOBODY" } as const;

export type CommentSettings = { who?: "registered" | "everyone" | "nobody"; moderated?: boolean };

export function uniqueTitle(prefix: string) {
  return `${prefix} ${randomBytes(4).toString("hex")}`;
}

// A one-chapter work of the writer account with the given comment settings; returns its path.
export async function commentableWork(prefix: string, settings: CommentSettings = {}): Promise<string> {
  const work = await createWork(account("writer"), {
    title: uniqueTitle(prefix),
    fandoms: [uniqueTitle("Comment Fandom")],
    commentPermission: PERMISSIONS[settings.who ?? "registered"],
    moderateComments: settings.moderated ?? false,
  });
  return work.url;
}

// A guest in their own browser context.
export async function newGuest(browser: Browser): Promise<{ page: Page }> {
  return { page: await (await newContext(browser)).newPage() };
}

// The top-level comment form under the text.
export function commentForm(page: Page): Locator {
  return page.getByRole("form", { name: "Leave feedback" });
}

export async function leaveComment(form: Locator, text: string) {
  await form.getByLabel("Comment", { exact: true }).fill(text);
  await form.getByRole("button", { name: "Comment", exact: true }).click();
}

// The list item of the comment with this text: it holds the comment and the replies below it.
export function commentItem(page: Page, text: string): Locator {
  return page.getByRole("listitem").filter({ has: page.getByRole("article").filter({ hasText: text }) }).last();
}

// The comment's own box (without its replies), where its controls are.
export function commentBox(page: Page, text: string): Locator {
  return page.getByRole("article").filter({ hasText: text });
}
