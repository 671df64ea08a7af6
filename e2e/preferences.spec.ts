import { createUser, createWork } from "./support/fixtures";
import { uniqueName } from "./support/works";
import { ownUser } from "./support/roles";
import { expect, newContext, test } from "./support/test";

// The dark theme's page background (#1c1917) and the light theme's (Tailwind's stone-50).
const DARK_BACKGROUND = "rgb(28, 25, 23)";

test("a guest's theme and font size are in the first HTML of every page, and last", async ({ browser }) => {
  const page = await (await newContext(browser)).newPage();
  await page.goto("/preferences");
  await page.getByLabel("Theme").selectOption({ label: "Dark" });
  await page.getByLabel("Font size").selectOption({ label: "Large" });
  // Hiding by history needs an account: a guest is told so instead of offered the boxes.
  await expect(page.getByLabel("Hide works I've read")).toHaveCount(0);
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Your preferences were saved")).toBeVisible();

  // No flash: the server's own HTML already carries the choice.
  const html = await (await page.request.get("/works")).text();
  expect(html).toMatch(/<html[^>]*data-theme="dark"/);
  expect(html).toMatch(/<html[^>]*data-font-size="large"/);
  await page.goto("/works");
  await expect(page.locator("body")).toHaveCSS("background-color", DARK_BACKGROUND);
  await expect(page.locator("html")).toHaveCSS("font-size", "18px");
  await page.goto("/preferences");
  await expect(page.getByLabel("Theme")).toHaveValue("dark");
});

test("the System theme follows the device's colour scheme", async ({ browser }) => {
  const dark = await (await newContext(browser, { colorScheme: "dark" })).newPage();
  await dark.goto("/works");
  await expect(dark.locator("html")).toHaveAttribute("data-theme", "system");
  await expect(dark.locator("body")).toHaveCSS("background-color", DARK_BACKGROUND);
  const light = await (await newContext(browser, { colorScheme: "light" })).newPage();
  await light.goto("/works");
  await expect(light.locator("body")).not.toHaveCSS("background-color", DARK_BACKGROUND);
});

test("tags to always exclude hide works from listings, say how many, and 'Show them' shows them", async ({ browser }) => {
  const writer = await createUser("prefwriter");
  const fandom = uniqueName("Pref Fandom");
  const trope = uniqueName("Unwanted Trope");
  const kept = await createWork(writer, { fandoms: [fandom], title: uniqueName("Kept Work") });
  const unwanted = await createWork(writer, { fandoms: [fandom], freeforms: [trope], title: uniqueName("Unwanted Work") });
  const { page } = await ownUser(browser, "prefreader");

  await page.goto("/preferences");
  await page.getByLabel("Hide works I've read").check();
  const excluded = page.getByRole("combobox", { name: "Tags to always exclude" });
  await excluded.fill(trope);
  // The field suggests the tag (of any type) as it is typed; Escape closes the list.
  await expect(page.getByRole("option", { name: trope })).toBeVisible();
  await excluded.press("Escape");
  await expect(page.getByRole("option", { name: trope })).toHaveCount(0);
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Your preferences were saved")).toBeVisible();

  await page.goto(`/works?include=${encodeURIComponent(fandom)}`);
  const list = page.getByRole("list", { name: "Works" });
  await expect(list.getByRole("link", { name: kept.title })).toBeVisible();
  await expect(list.getByRole("link", { name: unwanted.title })).toHaveCount(0);
  await expect(page.getByText("1 work hidden by your preferences")).toBeVisible();
  await page.getByRole("link", { name: "Show them" }).click();
  await expect(list.getByRole("link", { name: unwanted.title })).toBeVisible();

  // Reading a work hides it too, once the visit is in the history.
  await page.goto(kept.url);
  await expect(page.getByRole("heading", { name: kept.title })).toBeVisible();
  await expect(async () => {
    await page.goto(`/works?include=${encodeURIComponent(fandom)}`);
    await expect(page.getByText("2 works hidden by your preferences")).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(list.getByRole("link", { name: kept.title })).toHaveCount(0);
});

test("the whole work by default: a multi-chapter work opens on all its chapters", async ({ browser }) => {
  const writer = await createUser("wholewriter");
  const work = await createWork(writer, { chapters: [{ title: "Opening" }, { title: "Closing" }] });
  const page = await (await newContext(browser)).newPage();
  await page.goto(work.url);
  await expect(page.getByRole("article", { name: "Chapter 2" })).toHaveCount(0);
  await page.goto("/preferences");
  await page.getByLabel("Show the whole work by default").check();
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Your preferences were saved")).toBeVisible();
  await page.goto(work.url);
  await expect(page.getByRole("article", { name: "Chapter 2" })).toBeVisible();
});

test("'Show me adult content without checking' skips the adult content check", async ({ browser }) => {
  const writer = await createUser("adultwriter");
  const work = await createWork(writer, { rating: "Explicit", chapters: [{ text: "The text behind the check, at last." }] });
  const page = await (await newContext(browser)).newPage();
  await page.goto(work.url);
  await expect(page.getByRole("link", { name: "Yes, Continue" })).toBeVisible();
  await page.goto("/preferences");
  await page.getByLabel("Show me adult content without checking").check();
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Your preferences were saved")).toBeVisible();
  await page.goto(work.url);
  await expect(page.getByText("The text behind the check, at last.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Yes, Continue" })).toHaveCount(0);
});
