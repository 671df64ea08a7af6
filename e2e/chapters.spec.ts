import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueUsername } from "./support/accounts";
import { addChapter, guestPage, postWork, stats, uniqueName } from "./support/works";

function chapterHeadings(page: Page) {
  return page.getByRole("heading", { level: 3, name: /^Chapter \d+/ });
}

async function blurbOf(page: Page, title: string) {
  await page.goto(`/works?q=${encodeURIComponent(title)}`);
  return page.getByRole("list", { name: "Works" }).getByRole("article", { name: new RegExp(title) });
}

test("a writer adds chapters at chosen positions and the work becomes complete", async ({ page }) => {
  await signUp(page, uniqueUsername("writer"));
  const title = uniqueName("Three Parts");
  const workId = await postWork(page, { title, chapterTitle: "Middle", expectedChapters: "3" });
  await expect(stats(page)).toContainText("Chapters:1/3");

  await addChapter(page, workId, { title: "End" });
  await expect(page.getByRole("heading", { name: "Chapter 2: End" })).toBeVisible();
  await expect(stats(page)).toContainText("Chapters:2/3");
  await expect((await blurbOf(page, title)).getByText("Work in Progress")).toBeVisible();

  // Chapter position offers every place, the end by default; the others shift down.
  await page.goto(`/works/${workId}/chapters/new`);
  await expect(page.getByLabel("Chapter position")).toHaveValue("3");
  await addChapter(page, workId, { title: "Beginning", position: "1" });
  await expect(page.getByRole("heading", { name: "Chapter 1: Beginning" })).toBeVisible();
  await expect(stats(page)).toContainText("Chapters:3/3");
  const blurb = await blurbOf(page, title);
  await expect(blurb.getByText("Complete Work")).toBeVisible();
  await expect(stats(blurb)).toContainText("Chapters:3/3");
});

test("without an expected count the work reads Chapters: n/? and stays in progress", async ({ page }) => {
  await signUp(page, uniqueUsername("writer"));
  const title = uniqueName("Open Ended");
  const workId = await postWork(page, { title });
  await expect(stats(page)).toContainText("Chapters:1/?");
  await addChapter(page, workId, { title: "More" });
  await expect(stats(page)).toContainText("Chapters:2/?");
  const blurb = await blurbOf(page, title);
  await expect(stats(blurb)).toContainText("Chapters:2/?");
  await expect(blurb.getByText("Work in Progress")).toBeVisible();
});

test("a reader moves through chapters with Next, Previous, the Chapter Index and Entire Work", async ({ page, browser }) => {
  await signUp(page, uniqueUsername("writer"));
  const title = uniqueName("Road Trip");
  const workId = await postWork(page, { title, chapterTitle: "Departure", text: "They left at dawn." });
  await addChapter(page, workId, { title: "The Road", text: "Miles of nothing." });
  await addChapter(page, workId, { title: "Arrival", text: "They got there at last." });

  const reader = await guestPage(browser);
  await reader.goto(`/works/${workId}`);
  // The work page opens on its first chapter only.
  await expect(chapterHeadings(reader)).toHaveText(["Chapter 1: Departure"]);
  await expect(reader.getByText("Miles of nothing.")).toHaveCount(0);
  const navigation = reader.getByRole("navigation", { name: "Chapters" }).first();
  await expect(navigation.getByRole("link", { name: "Previous Chapter" })).toHaveCount(0);

  await navigation.getByRole("link", { name: "Next Chapter" }).click();
  await expect(chapterHeadings(reader)).toHaveText(["Chapter 2: The Road"]);
  await expect(reader.getByText("Miles of nothing.")).toBeVisible();

  await navigation.getByRole("link", { name: "Next Chapter" }).click();
  await expect(chapterHeadings(reader)).toHaveText(["Chapter 3: Arrival"]);
  await expect(navigation.getByRole("link", { name: "Next Chapter" })).toHaveCount(0);

  await navigation.getByRole("link", { name: "Previous Chapter" }).click();
  await expect(chapterHeadings(reader)).toHaveText(["Chapter 2: The Road"]);

  await navigation.getByText("Chapter Index").click();
  await navigation.getByRole("link", { name: "1. Departure" }).click();
  await expect(chapterHeadings(reader)).toHaveText(["Chapter 1: Departure"]);

  await navigation.getByRole("link", { name: "Entire Work" }).click();
  await expect(reader).toHaveURL(new RegExp(`/works/${workId}\\?view=full$`));
  await expect(chapterHeadings(reader)).toHaveText(["Chapter 1: Departure", "Chapter 2: The Road", "Chapter 3: Arrival"]);
  await expect(reader.getByText("They got there at last.")).toBeVisible();
});

test("a one-chapter work shows no chapter heading or chapter navigation", async ({ page }) => {
  await signUp(page, uniqueUsername("writer"));
  await postWork(page, { title: uniqueName("One Shot"), chapterTitle: "Only" });
  await expect(chapterHeadings(page)).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Chapters" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Manage Chapters" })).toHaveCount(0);
});
