import { newContext } from "./test";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";

// Titles and tags unique to one test, so listings, tag pages and searches find only its works.
export function uniqueName(prefix: string): string {
  return `${prefix} ${randomBytes(4).toString("hex")}`;
}

export type WorkDetails = {
  title: string;
  rating?: string;
  warnings?: string[];
  categories?: string[];
  fandoms?: string;
  relationships?: string;
  characters?: string;
  freeforms?: string;
  summary?: string;
  notesBegin?: string;
  notesEnd?: string;
  expectedChapters?: string;
  restricted?: boolean;
  chapterTitle?: string;
  text?: string;
};

// Fills the posting form top to bottom in AO3's order. Checkboxes come before the tag fields
// below them, so an open suggestion list never covers what is clicked next.
export async function fillWorkForm(page: Page, work: WorkDetails) {
  if (work.rating) await page.getByLabel("Rating").selectOption(work.rating);
  const warnings = page.getByRole("group", { name: "Archive Warnings" });
  for (const warning of work.warnings ?? ["No Archive Warnings Apply"]) {
    await warnings.getByRole("checkbox", { name: warning, exact: true }).check();
  }
  const categories = page.getByRole("group", { name: "Categories" });
  for (const category of work.categories ?? []) {
    await categories.getByRole("checkbox", { name: category, exact: true }).check();
  }
  await page.getByRole("combobox", { name: "Fandoms" }).fill(work.fandoms ?? uniqueName("Fandom"));
  if (work.relationships) await page.getByRole("combobox", { name: "Relationships" }).fill(work.relationships);
  if (work.characters) await page.getByRole("combobox", { name: "Characters" }).fill(work.characters);
  if (work.freeforms) await page.getByRole("combobox", { name: "Additional Tags" }).fill(work.freeforms);
  await page.getByLabel("Work Title").fill(work.title);
  if (work.summary) await page.getByLabel("Summary", { exact: true }).fill(work.summary);
  if (work.notesBegin) await page.getByLabel("Beginning Notes", { exact: true }).fill(work.notesBegin);
  if (work.notesEnd) await page.getByLabel("End Notes", { exact: true }).fill(work.notesEnd);
  if (work.expectedChapters) await page.getByLabel("Expected number of chapters").fill(work.expectedChapters);
  if (work.restricted) await page.getByLabel("Only show to registered users").check();
  if (work.chapterTitle) await page.getByLabel("Chapter Title").fill(work.chapterTitle);
  await page.getByLabel("Work Text").fill(work.text ?? `The text of ${work.title}, long enough to post.`);
}

// Posts (or saves as a draft) a new work through /works/new and returns its id.
export async function postWork(page: Page, work: WorkDetails, { draft = false } = {}): Promise<number> {
  await page.goto("/works/new");
  await fillWorkForm(page, work);
  await page.getByRole("button", { name: draft ? "Save as draft" : "Post", exact: true }).click();
  await page.waitForURL(/\/works\/\d+$/);
  await expect(page.getByRole("heading", { name: work.title, exact: true })).toBeVisible();
  return workIdOf(page);
}

export function workIdOf(page: Page): number {
  const id = /\/works\/(\d+)/.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`${page.url()} is not a work page`);
  return Number(id);
}

// Adds a chapter through the work page's "Add Chapter" link; `position` is the option's value.
export async function addChapter(
  page: Page,
  workId: number,
  chapter: { title: string; text?: string; position?: string },
  { draft = false } = {},
) {
  await page.goto(`/works/${workId}`);
  await page.getByRole("navigation", { name: "Work actions" }).getByRole("link", { name: "Add Chapter" }).click();
  if (chapter.position) await page.getByLabel("Chapter position").selectOption(chapter.position);
  await page.getByLabel("Chapter Title").fill(chapter.title);
  await page.getByLabel("Chapter Text").fill(chapter.text ?? `The text of ${chapter.title}, long enough to post.`);
  await page.getByRole("button", { name: draft ? "Save as draft" : "Post", exact: true }).click();
  await page.waitForURL(/\/works\/\d+\/chapters\/\d+$/);
  await expect(page.getByRole("heading", { name: new RegExp(`^Chapter \\d+: ${chapter.title}`) })).toBeVisible();
}

// The work page's stats line ("Chapters:" "2/3"), read as a reader sees it.
export function stats(scope: Page | Locator): Locator {
  return scope.getByLabel("Stats", { exact: true });
}

// A fresh browser context for a second person: a guest.
export async function guestPage(browser: Browser): Promise<Page> {
  const context = await newContext(browser);
  return context.newPage();
}

export const NOT_FOUND = "Sorry, we couldn't find that work";
