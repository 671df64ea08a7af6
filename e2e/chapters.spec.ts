import { expect, test, type Page } from "./support/test";
import { createWork } from "./support/fixtures";
import { account, storageStateOf } from "./support/roles";
import { addChapter, guestPage, stats, uniqueName } from "./support/works";

test.use({ storageState: storageStateOf("writer") });

function chapterHeadings(page: Page) {
  return page.getByRole("heading", { level: 2, name: /^Chapter \d+/ });
}

async function blurbOf(page: Page, title: string) {
  await page.goto(`/works?q=${encodeURIComponent(title)}`);
  return page.getByRole("list", { name: "Works" }).getByRole("article", { name: new RegExp(title) });
}

test("a writer adds chapters at chosen positions and the work becomes complete", async ({ page }) => {
  const title = uniqueName("Three Parts");
  const work = await createWork(account("writer"), { title, chapters: [{ title: "Middle" }], expectedChapters: 3 });
  await page.goto(work.url);
  await expect(stats(page)).toContainText("Chapters:1/3");

  await addChapter(page, work.id, { title: "End" });
  await expect(page.getByRole("heading", { name: "Chapter 2: End" })).toBeVisible();
  await expect(stats(page)).toContainText("Chapters:2/3");
  await expect((await blurbOf(page, title)).getByText("Work in Progress")).toBeVisible();

  // Chapter position offers every place, the end by default; the others shift down.
  await page.goto(`/works/${work.id}/chapters/new`);
  await expect(page.getByLabel("Chapter position")).toHaveValue("3");
  await addChapter(page, work.id, { title: "Beginning", position: "1" });
  await expect(page.getByRole("heading", { name: "Chapter 1: Beginning" })).toBeVisible();
  await expect(stats(page)).toContainText("Chapters:3/3");
  const blurb = await blurbOf(page, title);
  await expect(blurb.getByText("Complete Work")).toBeVisible();
  await expect(stats(blurb)).toContainText("Chapters:3/3");
});

test("without an expected count the work reads Chapters: n/? and stays in progress", async ({ page }) => {
  const title = uniqueName("Open Ended");
  const work = await createWork(account("writer"), { title });
  await page.goto(work.url);
  await expect(stats(page)).toContainText("Chapters:1/?");
  await addChapter(page, work.id, { title: "More" });
  await expect(stats(page)).toContainText("Chapters:2/?");
  const blurb = await blurbOf(page, title);
  await expect(stats(blurb)).toContainText("Chapters:2/?");
  await expect(blurb.getByText("Work in Progress")).toBeVisible();
});

test("a reader moves through chapters with Next, Previous, the Chapter Index and Entire Work", async ({ browser }) => {
  const work = await createWork(account("writer"), {
    title: uniqueName("Road Trip"),
    chapters: [
      { title: "Departure", text: "They left at dawn." },
      { title: "The Road", text: "Miles of nothing." },
      { title: "Arrival", text: "They got there at last." },
    ],
  });

  const reader = await guestPage(browser);
  await reader.goto(work.url);
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
  await expect(reader).toHaveURL(new RegExp(`/works/${work.id}\\?view=full$`));
  await expect(chapterHeadings(reader)).toHaveText(["Chapter 1: Departure", "Chapter 2: The Road", "Chapter 3: Arrival"]);
  await expect(reader.getByText("They got there at last.")).toBeVisible();
});

test("a one-chapter work shows no chapter heading or chapter navigation", async ({ page }) => {
  const work = await createWork(account("writer"), { title: uniqueName("One Shot"), chapters: [{ title: "Only" }] });
  await page.goto(work.url);
  await expect(page.getByRole("heading", { name: work.title, exact: true })).toBeVisible();
  await expect(chapterHeadings(page)).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Chapters" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Work actions" }).getByRole("link", { name: "Edit", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Manage Chapters" })).toHaveCount(0);
});
