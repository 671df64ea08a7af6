import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { signUp, uniqueUsername } from "./accounts";

export type CommentSettings = { who?: "registered" | "everyone" | "nobody"; moderated?: boolean };

const PERMISSION_LABELS = {
  registered: "Only registered users can comment",
  everyone: "Registered users and guests can comment",
  nobody: "No one can comment",
} as const;

export function uniqueTitle(prefix: string) {
  return `${prefix} ${randomBytes(4).toString("hex")}`;
}

// Posts a one-chapter work through /works/new with the given comment settings; returns its path.
export async function postCommentableWork(page: Page, title: string, settings: CommentSettings = {}): Promise<string> {
  await page.goto("/works/new");
  await page.getByLabel("Rating").selectOption("General Audiences");
  await page.getByRole("group", { name: "Archive Warnings" }).getByRole("checkbox", { name: "No Archive Warnings Apply" }).check();
  await page.getByLabel("Work Title").fill(title);
  await page.getByLabel("Work Text").fill(`The text of ${title}, long enough to post.`);
  await page.getByRole("radio", { name: PERMISSION_LABELS[settings.who ?? "registered"] }).check();
  if (settings.moderated) await page.getByLabel("Enable comment moderation").check();
  // Last, so its suggestion list covers nothing that is clicked afterwards but the Post button.
  await page.getByRole("combobox", { name: "Fandoms" }).fill(uniqueTitle("Comment Fandom"));
  await page.getByRole("combobox", { name: "Fandoms" }).press("Escape");
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await page.waitForURL(/\/works\/\d+$/);
  await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible();
  return new URL(page.url()).pathname;
}

// A second person in their own browser context: a guest, or a newly signed-up user.
export async function newPerson(browser: Browser, prefix?: string): Promise<{ page: Page; username: string }> {
  const page = await (await browser.newContext()).newPage();
  const username = prefix ? uniqueUsername(prefix) : "";
  if (prefix) await signUp(page, username);
  return { page, username };
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
