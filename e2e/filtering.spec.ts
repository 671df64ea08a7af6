import { expect, newContext, test, type Browser, type Page } from "./support/test";
import { createWork } from "./support/fixtures";
import { account, pageAs } from "./support/roles";
import { uniqueName } from "./support/works";

const worksList = (page: Page) => page.getByRole("list", { name: "Works" });

async function listedTitles(page: Page) {
  return worksList(page).locator("article h2 > a").allInnerTexts();
}

test("include and exclude filters, with facet counts that match the list", async ({ page }) => {
  const writer = account("writer");
  const fandom = uniqueName("Filter Fandom");
  const pairing = uniqueName("Alpha") + "/Beta";
  const friendship = pairing.replace("/", " & ");
  const romance = uniqueName("Romance");
  const platonic = uniqueName("Platonic");
  const gen = uniqueName("Plain");
  await createWork(writer, { title: romance, fandoms: [fandom], relationships: [pairing], categories: ["M/M"] });
  await createWork(writer, { title: platonic, fandoms: [fandom], relationships: [friendship], categories: ["Gen"] });
  await createWork(writer, { title: gen, fandoms: [fandom], categories: ["Gen"] });

  await page.goto("/works");
  await page.getByLabel("Other tags to include").fill(fandom);
  await page.getByRole("button", { name: "Sort and Filter" }).click();
  await expect(page.getByRole("status").filter({ hasText: "of 3 Works" })).toBeVisible();
  expect((await listedTitles(page)).sort()).toEqual([gen, platonic, romance].sort());
  // Facets list the result's tags with counts that match the list.
  await expect(page.getByRole("group", { name: "Include Categories" }).getByLabel("Gen (2)")).toBeVisible();
  await expect(page.getByRole("group", { name: "Include Categories" }).getByLabel("M/M (1)")).toBeVisible();
  await expect(page.getByRole("group", { name: "Include Relationships" }).getByLabel(`${pairing} (1)`)).toBeVisible();

  // Ticking a facet narrows the list to what its count promised; "A/B" is not "A & B".
  await page.getByRole("group", { name: "Include Categories" }).getByLabel("Gen (2)").check();
  await page.getByRole("button", { name: "Sort and Filter" }).click();
  await expect(page).toHaveURL(/include=Gen/);
  await expect(page.getByRole("status").filter({ hasText: "of 2 Works" })).toBeVisible();
  expect((await listedTitles(page)).sort()).toEqual([gen, platonic].sort());

  await page.goto(`/works?include=${encodeURIComponent(fandom)}&exclude=${encodeURIComponent(friendship)}`);
  expect((await listedTitles(page)).sort()).toEqual([gen, romance].sort());
  await page.goto(`/works?include=${encodeURIComponent(pairing)}`);
  expect(await listedTitles(page)).toEqual([romance]);
});

type SortedWorks = { base: string; short: string; middle: string; long: string };

// Three works of one fandom: short, middle and long by words, A–C by title; a guest's kudos and
// view make the middle one lead on kudos and hits.
async function worksToSort(browser: Browser): Promise<SortedWorks> {
  const writer = account("writer");
  const fandom = uniqueName("Sort Fandom");
  const short = `A ${uniqueName("Short")}`;
  const long = `C ${uniqueName("Long")}`;
  const middle = `B ${uniqueName("Middle")}`;
  await createWork(writer, { title: short, fandoms: [fandom], chapters: [{ text: "Only a few words here." }] });
  await createWork(writer, { title: long, fandoms: [fandom], chapters: [{ text: "Many words. ".repeat(60) }] });
  const { id: middleId } = await createWork(writer, { title: middle, fandoms: [fandom], chapters: [{ text: "Some more words than the short one has." }] });

  const guest = await newContext(browser);
  const guestPage = await guest.newPage();
  await guestPage.goto(`/works/${middleId}`);
  await guestPage.getByRole("button", { name: /Kudos/ }).click();
  await expect(guestPage.getByText("Thank you for leaving kudos!")).toBeVisible();
  await guest.close();
  return { base: `/works?include=${encodeURIComponent(fandom)}`, short, middle, long };
}

async function expectSorted(page: Page, base: string, expectations: [string, string[]][]) {
  for (const [sort, order] of expectations) {
    // Hits are written just after the guest's page was sent: allow a moment, re-reading the list.
    await expect(async () => {
      await page.goto(`${base}&sort=${sort}`);
      await expect(page.getByLabel("Sort by")).toHaveValue(sort);
      expect(await listedTitles(page), `sort=${sort}`).toEqual(order);
    }).toPass({ timeout: 5_000 });
  }
}

test("sorts by date, words and title order the works by what they name", async ({ page, browser }) => {
  const { base, short, middle, long } = await worksToSort(browser);
  await expectSorted(page, base, [
    ["updated", [middle, long, short]],
    ["posted", [middle, long, short]],
    ["words", [long, middle, short]],
    ["title", [short, middle, long]],
  ]);
});

test("sorts by kudos, hits, comments and bookmarks order the works by what they name", async ({ page, browser }) => {
  const { base, short, middle, long } = await worksToSort(browser);
  await expectSorted(page, base, [
    ["kudos", [middle, long, short]],
    ["hits", [middle, long, short]],
    ["comments", [middle, long, short]],
    ["bookmarks", [middle, long, short]],
  ]);
});

test("an admin makes a tag a synonym, and filtering by either finds both works", async ({ browser }) => {
  const page = await pageAs(browser, "admin");
  const canonical = `${uniqueName("Buffy Summers")}/Spike`;
  const nickname = uniqueName("Spuffy");
  const first = uniqueName("Canonical Tagged");
  const second = uniqueName("Nickname Tagged");
  await createWork(account("writer"), { title: first, relationships: [canonical] });
  await createWork(account("writer"), { title: second, relationships: [nickname] });

  await page.goto(`/tags/${encodeURIComponent(canonical)}/edit`);
  await page.getByLabel("Canonical").check();
  await page.getByRole("button", { name: "Save tag" }).click();
  await page.goto(`/tags/${encodeURIComponent(nickname)}/edit`);
  await page.getByLabel("Synonym of").fill("no such canonical tag at all");
  await page.getByRole("button", { name: "Save tag" }).click();
  await expect(page.getByText('There is no tag named "no such canonical tag at all".')).toBeVisible();
  await page.getByLabel("Synonym of").fill(canonical);
  await page.getByRole("button", { name: "Save tag" }).click();

  // The synonym's tag page shows the canonical name, its synonyms and both works.
  await expect(page.getByRole("heading", { name: new RegExp(`Works in ${canonical.replace(/[/]/g, "\\/")}`) })).toBeVisible();
  await expect(page.getByText(`Also tagged as: ${nickname}`, { exact: true })).toBeVisible();
  expect((await listedTitles(page)).sort()).toEqual([first, second].sort());
  await page.goto(`/works?include=${encodeURIComponent(nickname)}`);
  expect((await listedTitles(page)).sort()).toEqual([first, second].sort());
});

test("an ordinary user cannot open the tag editor", async ({ browser }) => {
  const page = await pageAs(browser, "reader");
  await page.goto(`/tags/${encodeURIComponent("Buffy Summers/Spike")}/edit`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
