import { expect, test } from "./support/test";
import { createWork } from "./support/fixtures";
import { ownUser, pageAs } from "./support/roles";
import { guestPage, uniqueName } from "./support/works";

test("a creator opens their stats from the profile: figures per work, totals, a hits chart, sorting and a year filter", async ({ browser }) => {
  const { page, username, ...writer } = await ownUser(browser, "statist");
  const popular = await createWork({ ...writer, username }, { title: uniqueName("Popular") });
  const quiet = await createWork({ ...writer, username }, { title: uniqueName("Quiet"), chapters: [{ text: "Fewer readers, but many more words: this chapter goes on well past the default sentence that the other work has." }] });
  // A guest and a reader read the popular work (a hit each; guests count by address, so one
  // guest only); nobody reads the quiet one.
  for (const visitor of [await guestPage(browser), await pageAs(browser, "reader")]) {
    await visitor.goto(popular.url);
    await expect(visitor.getByRole("heading", { name: popular.title })).toBeVisible();
  }

  await page.goto(`/users/${username}`);
  await page.getByRole("navigation", { name: "Profile" }).getByRole("link", { name: "Stats" }).click();
  await expect(page).toHaveURL(new RegExp(`/users/${username}/stats$`));
  const table = page.getByRole("table");
  const headers = await table.getByRole("columnheader").allInnerTexts();
  expect(headers.map((header) => header.trim())).toEqual(["Work", "Hits", "Kudos", "Comments", "Bookmarks", "Words", "Subscriptions"]);
  const popularRow = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: popular.title }) });
  // Hits are written just after the reader's page is sent: look again until both are in.
  await expect(async () => {
    await page.reload();
    await expect(popularRow.getByRole("cell").first()).toHaveText("2", { timeout: 1000 });
  }).toPass();
  const rows = table.getByRole("rowheader");
  await expect(rows).toHaveText([popular.title, quiet.title, "Total"]);
  const totals = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Total" }) });
  await expect(totals.getByRole("cell").first()).toHaveText("2");

  const chart = page.getByRole("img", { name: /Hits/ });
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((element) => element.tagName.toLowerCase())).toBe("svg");

  await table.getByRole("link", { name: "Words" }).click();
  await expect(page).toHaveURL(/sort=words/);
  await expect(rows).toHaveText([quiet.title, popular.title, "Total"]);

  const year = String(new Date().getUTCFullYear());
  await page.getByLabel("Year").selectOption(year);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`year=${year}`));
  await expect(page).toHaveURL(/sort=words/);
  await expect(rows).toHaveText([quiet.title, popular.title, "Total"]);
  await page.goto(`/users/${username}/stats?year=1999`);
  await expect(page.getByText("You posted no works in 1999.")).toBeVisible();
});

test("only the creator sees their stats: others get the page-not-found answer and no link", async ({ browser }) => {
  const { username } = await ownUser(browser, "private");
  const guest = await guestPage(browser);
  expect((await guest.goto(`/users/${username}/stats`))?.status()).toBe(404);
  const reader = await pageAs(browser, "reader");
  expect((await reader.goto(`/users/${username}/stats`))?.status()).toBe(404);
  await reader.goto(`/users/${username}`);
  await expect(reader.getByRole("navigation", { name: "Profile" })).toBeVisible();
  await expect(reader.getByRole("link", { name: "Stats" })).toHaveCount(0);
});
