import { expect, test } from "./support/test";
import { expectLyricLineBreaksKept } from "./support/lyrics";

const SHE_ISNT_REAL = "She Isn't Real";
const DREAMS = "Dreams and Realizations";

test("the home page shows both demo works as blurbs", async ({ page }) => {
  await page.goto("/");
  const works = page.getByRole("list", { name: "Works" });
  await expect(works.getByRole("link", { name: SHE_ISNT_REAL })).toBeVisible();
  await expect(works.getByRole("link", { name: DREAMS })).toBeVisible();
  const dreams = works.getByRole("article").filter({ hasText: DREAMS });
  await expect(dreams.getByRole("link", { name: "Aseret" })).toBeVisible();
  await expect(dreams.getByRole("link", { name: "Buffy the Vampire Slayer" })).toBeVisible();
  await expect(dreams.getByText("Chapters:")).toBeVisible();
  await expect(dreams.getByText("1/1")).toBeVisible();
});

test("the pairing filter finds both demo works, and excluding it finds neither", async ({ page }) => {
  await page.goto("/works");
  await page.getByLabel("Other tags to include").fill("Buffy Summers/Spike");
  await page.getByRole("button", { name: "Sort and Filter" }).click();
  await expect(page).toHaveURL(/include=Buffy\+Summers%2FSpike/);
  const works = page.getByRole("list", { name: "Works" });
  await expect(works.getByRole("link", { name: SHE_ISNT_REAL })).toBeVisible();
  await expect(works.getByRole("link", { name: DREAMS })).toBeVisible();

  await page.goto(`/works?exclude=${encodeURIComponent("Buffy Summers/Spike")}`);
  await expect(page.getByRole("link", { name: SHE_ISNT_REAL })).toHaveCount(0);
  await expect(page.getByRole("link", { name: DREAMS })).toHaveCount(0);
});

test("a tag page lists the works with that tag", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("article").filter({ hasText: DREAMS }).getByRole("link", { name: "Buffy Summers/Spike" }).click();
  await expect(page).toHaveURL(/\/tags\/Buffy%20Summers%2FSpike\/works/);
  await expect(page.getByRole("heading", { name: /Works in Buffy Summers\/Spike/ })).toBeVisible();
  await expect(page.getByRole("link", { name: DREAMS })).toBeVisible();
  await expect(page.getByRole("link", { name: SHE_ISNT_REAL })).toBeVisible();
});

test("a reader opens a work and the song lyrics keep their line breaks", async ({ page }) => {
  await page.goto("/works");
  await page.getByRole("link", { name: SHE_ISNT_REAL }).click();
  await expect(page.getByRole("heading", { name: SHE_ISNT_REAL })).toBeVisible();
  const stats = page.getByRole("region", { name: "Work tags and stats" });
  for (const label of ["Words:", "Chapters:", "Kudos:", "Comments:", "Bookmarks:", "Hits:"]) {
    await expect(stats.getByRole("term").filter({ hasText: label })).toBeVisible();
  }
  await expectLyricLineBreaksKept(page);
});
