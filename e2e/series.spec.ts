import { readActionForm, submitActionForm } from "./support/action-forms";
import { expect, newContext, test, type Page } from "./support/test";
import { createSeries, createUser, createWork } from "./support/fixtures";
import { account, ownUser, pageAs, storageStateOf } from "./support/roles";
import { fillWorkForm, guestPage, uniqueName, workIdOf } from "./support/works";

function seriesBox(page: Page) {
  return page.getByRole("navigation", { name: "Series" });
}

function seriesWorks(page: Page) {
  return page.getByRole("list", { name: "Works in this series" });
}

async function postInSeries(page: Page, title: string, series: string, { restricted = false } = {}) {
  await page.goto("/works/new");
  await fillWorkForm(page, { title, restricted });
  await page.getByLabel("Series", { exact: true }).fill(series);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await page.waitForURL(/\/works\/\d+$/);
  await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible();
  return workIdOf(page);
}

test("a writer posts two works into a new series and readers move between its parts", async ({ browser }) => {
  const { page } = await ownUser(browser, "serialist");
  const series = uniqueName("Saga");
  const [first, second] = [uniqueName("Opening"), uniqueName("Sequel")];
  const firstId = await postInSeries(page, first, series);
  await expect(seriesBox(page)).toContainText(`Part 1 of ${series}`);
  await expect(seriesBox(page).getByRole("link", { name: "Next Work" })).toHaveCount(0);

  // The second time the form offers the writer's series.
  await page.goto("/works/new");
  await expect(page.locator("#my-series option")).toHaveAttribute("value", series);
  const secondId = await postInSeries(page, second, series);
  await expect(seriesBox(page)).toContainText(`Part 2 of ${series}`);

  const reader = await pageAs(browser, "reader");
  await reader.goto(`/works/${secondId}`);
  await seriesBox(reader).getByRole("link", { name: "Previous Work" }).click();
  await expect(reader).toHaveURL(new RegExp(`/works/${firstId}$`));
  await seriesBox(reader).getByRole("link", { name: "Next Work" }).click();
  await expect(reader).toHaveURL(new RegExp(`/works/${secondId}$`));
  await seriesBox(reader).getByRole("link", { name: series }).click();
  await expect(reader.getByRole("heading", { level: 1, name: series })).toBeVisible();
  await expect(seriesWorks(reader).getByRole("heading", { level: 2 })).toHaveText([new RegExp(first), new RegExp(second)]);

  // Editing the second work with the Series field emptied takes it out of the series.
  await page.goto(`/works/${secondId}/edit`);
  await expect(page.getByLabel("Series", { exact: true })).toHaveValue(series);
  await page.getByLabel("Series", { exact: true }).fill("");
  await page.getByRole("button", { name: "Update" }).click();
  await page.waitForURL(new RegExp(`/works/${secondId}$`));
  await expect(seriesBox(page)).toHaveCount(0);
});

test("the creator describes the series, marks it complete, and its limits are enforced", async ({ browser }) => {
  const { page, username } = await ownUser(browser, "describer");
  const series = uniqueName("Cycle");
  const tooLong = "S".repeat(256);
  await page.goto("/works/new");
  await fillWorkForm(page, { title: uniqueName("Overlong") });
  await page.getByLabel("Series", { exact: true }).fill(tooLong);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page.getByText("Series title must be 255 characters or fewer.")).toBeVisible();
  await expect(page.getByLabel("Series", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Series", { exact: true }).fill(series);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await page.waitForURL(/\/works\/\d+$/);

  await seriesBox(page).getByRole("link", { name: series }).click();
  await expect(page.getByLabel("Series details")).toContainText("Complete:No");
  await expect(page.getByLabel("Series details").getByRole("link", { name: username })).toBeVisible();
  await page.getByRole("link", { name: "Edit Series" }).click();
  await expect(page.getByText("255 characters")).toBeVisible();
  await page.getByLabel("Series Title").fill(tooLong);
  await page.getByLabel("Summary").fill("Three stories about a lighthouse.");
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByText("Series title must be 255 characters or fewer.")).toBeVisible();
  await expect(page.getByLabel("Summary")).toHaveValue("Three stories about a lighthouse.");
  await page.getByLabel("Series Title").fill(series);
  await page.getByLabel("This series is complete").check();
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByRole("heading", { level: 1, name: series })).toBeVisible();
  await expect(page.getByLabel("Series details")).toContainText("Complete:Yes");
  await expect(page.getByLabel("Series details")).toContainText("Three stories about a lighthouse.");

  // Nobody else may edit it.
  const reader = await pageAs(browser, "reader");
  const seriesUrl = new URL(page.url()).pathname;
  expect((await reader.goto(`${seriesUrl}/edit`))?.status()).toBe(404);
  await reader.goto(seriesUrl);
  await expect(reader.getByRole("heading", { level: 1, name: series })).toBeVisible();
  await expect(reader.getByRole("link", { name: "Edit Series" })).toHaveCount(0);
});

test("a guest doesn't see a restricted part: not listed, not counted, skipped by Previous and Next", async ({ browser }) => {
  const writer = await createUser("series-writer");
  const one = await createWork(writer, { title: uniqueName("Open One"), chapters: [{ text: "one two three" }] });
  const two = await createWork(writer, { title: uniqueName("Members Two"), restricted: true, chapters: [{ text: "four five six seven" }] });
  const three = await createWork(writer, { title: uniqueName("Open Three"), chapters: [{ text: "eight nine" }] });
  const draft = await createWork(writer, { title: uniqueName("Draft Four"), draft: true });
  const series = await createSeries(writer, [one, two, three, draft]);

  const guest = await guestPage(browser);
  await guest.goto(series.url);
  await expect(seriesWorks(guest).getByRole("heading", { level: 2 })).toHaveText([new RegExp(one.title), new RegExp(three.title)]);
  await expect(guest.getByLabel("Series details")).toContainText(/Words:\s*5\s*Works:\s*2/);
  await guest.goto(one.url);
  await seriesBox(guest).getByRole("link", { name: "Next Work" }).click();
  await expect(guest).toHaveURL(new RegExp(`${three.url}$`));
  await expect(seriesBox(guest)).toContainText(`Part 3 of ${series.title}`);
  await expect(seriesBox(guest).getByRole("link", { name: "Next Work" })).toHaveCount(0);

  const reader = await pageAs(browser, "reader");
  await reader.goto(series.url);
  await expect(seriesWorks(reader).getByRole("heading", { level: 2 })).toHaveText([one.title, two.title, three.title].map((title) => new RegExp(title)));
  await expect(reader.getByLabel("Series details")).toContainText(/Words:\s*9\s*Works:\s*3/);
  await reader.goto(one.url);
  await seriesBox(reader).getByRole("link", { name: "Next Work" }).click();
  await expect(reader).toHaveURL(new RegExp(`${two.url}$`));

  // A series whose only part is restricted does not exist for a guest.
  const hidden = await createSeries(writer, [await createWork(writer, { restricted: true })]);
  expect((await guest.goto(hidden.url))?.status()).toBe(404);
  expect((await reader.goto(hidden.url))?.status()).toBe(200);
});

test("a subscriber to a series finds its new part in the inbox", async ({ browser }) => {
  const { page: writerPage, username: writer } = await ownUser(browser, "series-poster");
  const { page: fanPage } = await ownUser(browser, "series-fan");
  const series = uniqueName("Followed");
  await postInSeries(writerPage, uniqueName("Part One"), series);
  await seriesBox(writerPage).getByRole("link", { name: series }).click();
  await expect(writerPage.getByRole("heading", { level: 1, name: series })).toBeVisible();
  await expect(writerPage.getByRole("button", { name: "Subscribe" })).toHaveCount(0);

  await fanPage.goto(writerPage.url());
  await expect(fanPage.getByRole("heading", { level: 1, name: series })).toBeVisible();
  await fanPage.getByRole("button", { name: "Subscribe" }).click();
  await expect(fanPage.getByRole("button", { name: "Unsubscribe" })).toBeVisible();

  const next = uniqueName("Part Two");
  const nextId = await postInSeries(writerPage, next, series);
  await fanPage.goto("/inbox");
  const notice = fanPage.getByRole("list", { name: "Notices" }).getByRole("listitem");
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText(`New part in ${series} by ${writer}: ${next}`);
  await notice.getByRole("link").click();
  await expect(fanPage).toHaveURL(new RegExp(`/works/${nextId}$`));
});

test("a writer's own series form aimed at another writer's series changes nothing there", async ({ browser }) => {
  const other = await createUser("series-victim");
  const victim = await createSeries(other, [await createWork(other)], uniqueName("Not Yours"));
  const own = await createSeries(account("reader"), [await createWork(account("reader"))]);
  const context = await newContext(browser, { javaScriptEnabled: false, storageState: storageStateOf("reader") });
  const page = await context.newPage();
  const edit = await readActionForm(page, `${own.url}/edit`, "Update");
  expect(await submitActionForm(page, edit, [victim.id, edit.bound.at(-1)], { title: "Taken Over", complete: "on" })).toBe(404);
  await page.goto(victim.url);
  await expect(page.getByRole("heading", { level: 1, name: victim.title })).toBeVisible();
  await expect(page.getByLabel("Series details")).toContainText("Complete:No");
});
