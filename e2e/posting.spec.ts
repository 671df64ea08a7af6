import { expect, test } from "./support/test";
import { createWork } from "./support/fixtures";
import { account, storageStateOf } from "./support/roles";
import { fillWorkForm, guestPage, postWork, stats, uniqueName } from "./support/works";

// Posting through the form is the journey here; the writer account's saved log-in starts each test.
test.use({ storageState: storageStateOf("writer") });

test("a writer posts a work with every field and a guest reads it as written", async ({ page, browser }) => {
  const writer = account("writer").username;
  const title = uniqueName("The Long Way Round");
  const fandom = uniqueName("Posting Fandom");
  const relationship = uniqueName("Alpha/Beta");
  const character = uniqueName("Alpha");
  const freeform = uniqueName("Slow Burn");
  await postWork(page, {
    title,
    rating: "Teen And Up Audiences",
    warnings: ["No Archive Warnings Apply"],
    categories: ["F/M"],
    fandoms: fandom,
    relationships: relationship,
    characters: character,
    freeforms: freeform,
    summary: "Two people take the long way home.",
    notesBegin: "Written for a friend.",
    notesEnd: "Thanks for reading!",
    expectedChapters: "1",
    chapterTitle: "Homeward",
    text: "The first paragraph.\n\nThe second paragraph,\nwith a line break.",
  });

  const guest = await guestPage(browser);
  await guest.goto("/works");
  await guest.getByRole("list", { name: "Works" }).getByRole("link", { name: title }).click();
  await expect(guest).toHaveURL(/\/works\/\d+$/);
  await expect(guest.getByRole("heading", { name: title })).toBeVisible();
  await expect(guest.getByRole("link", { name: writer })).toBeVisible();
  const meta = guest.getByRole("region", { name: "Work tags and stats" });
  for (const tag of ["Teen And Up Audiences", "No Archive Warnings Apply", "F/M", fandom, relationship, character, freeform]) {
    await expect(meta.getByRole("link", { name: tag, exact: true })).toBeVisible();
  }
  await expect(stats(guest)).toContainText("Chapters:1/1");
  await expect(guest.locator("#work-summary")).toContainText("Two people take the long way home.");
  await expect(guest.locator("#work-notes")).toContainText("Written for a friend.");
  await expect(guest.getByText("See the end of the work for more notes")).toBeVisible();
  await expect(guest.locator("#work-end-notes")).toContainText("Thanks for reading!");
  // A blank line starts a paragraph; a single newline stays a line break inside it.
  const text = guest.getByRole("article", { name: "Work text" });
  await expect(text.getByRole("paragraph")).toHaveCount(2);
  const second = text.getByRole("paragraph").nth(1);
  expect((await second.innerText()).split("\n")).toEqual(["The second paragraph,", "with a line break."]);
});

test("tag fields suggest existing tags of their type", async ({ page }) => {
  const fandom = uniqueName("Suggested Fandom");
  await createWork(account("writer"), { fandoms: [fandom] });

  await page.goto("/works/new");
  const fandoms = page.getByRole("combobox", { name: "Fandoms" });
  await fandoms.fill(fandom.slice(0, -2));
  await page.getByRole("listbox", { name: "Fandoms suggestions" }).getByRole("option", { name: fandom }).click();
  await expect(fandoms).toHaveValue(`${fandom}, `);
  // A fandom is not a character: the character field does not offer it.
  const characters = page.getByRole("combobox", { name: "Characters" });
  await characters.fill(fandom.slice(0, -2));
  await expect(page.getByRole("option", { name: fandom })).toHaveCount(0);
});

test("a failed post shows each error beside its field and keeps everything typed", async ({ page }) => {
  await page.goto("/works/new");
  const title = uniqueName("Not Yet");
  await page.getByLabel("Rating").selectOption("Mature");
  await page.getByRole("combobox", { name: "Characters" }).fill("Someone");
  await page.getByLabel("Work Title").fill(title);
  await page.getByLabel("Summary", { exact: true }).fill("A summary I wrote.");
  // The counter shows how much of AO3's 1,250-character limit is left.
  await expect(page.getByText("1,232 characters left (of 1,250)")).toBeVisible();
  await page.getByLabel("Work Text").fill("Too short");
  await page.getByRole("button", { name: "Post", exact: true }).click();

  await expect(page.getByRole("status").filter({ hasText: "Please fix the problems below." })).toBeVisible();
  await expect(page.getByRole("group", { name: "Archive Warnings" })).toHaveAccessibleDescription("Please select at least one warning.");
  await expect(page.getByRole("combobox", { name: "Fandoms" })).toHaveAccessibleDescription(/Please fill in at least one fandom\./);
  await expect(page.getByLabel("Work Text")).toHaveAccessibleDescription(/Content must be at least 10 characters long\./);
  await expect(page.getByLabel("Work Text")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Work Title")).not.toHaveAttribute("aria-invalid", "true");

  await expect(page.getByLabel("Rating")).toHaveValue("Mature");
  await expect(page.getByRole("combobox", { name: "Characters" })).toHaveValue("Someone");
  await expect(page.getByLabel("Work Title")).toHaveValue(title);
  await expect(page.getByLabel("Summary", { exact: true })).toHaveValue("A summary I wrote.");
  await expect(page.getByLabel("Work Text")).toHaveValue("Too short");

  // Fixing the three problems posts the work with what was kept.
  await page.getByRole("checkbox", { name: "Choose Not To Use Archive Warnings" }).check();
  await page.getByRole("combobox", { name: "Fandoms" }).fill(uniqueName("Fixed Fandom"));
  await page.getByLabel("Work Text").fill("Long enough now, surely.");
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const meta = page.getByRole("region", { name: "Work tags and stats" });
  await expect(meta.getByRole("link", { name: "Mature", exact: true })).toBeVisible();
  await expect(meta.getByRole("link", { name: "Someone", exact: true })).toBeVisible();
  await expect(page.locator("#work-summary")).toContainText("A summary I wrote.");
});

test("more than 75 fandom, relationship, character and additional tags are refused", async ({ page }) => {
  await page.goto("/works/new");
  const freeforms = Array.from({ length: 75 }, (_, index) => `Tag ${index + 1}`).join(", ");
  await fillWorkForm(page, { title: uniqueName("Overtagged"), freeforms });
  await page.getByRole("button", { name: "Post", exact: true }).click();

  const additional = page.getByRole("combobox", { name: "Additional Tags" });
  await expect(additional).toHaveAccessibleDescription(
    /must not add up to more than 75\. Your work has 76 of these tags, so you must remove 1 of them\./,
  );
  await expect(additional).toHaveValue(freeforms);

  // A tag with a forbidden character is named in the message.
  await additional.fill("Fine Tag, Bad<Tag");
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(additional).toHaveAccessibleDescription(/Tag "Bad<Tag" cannot include the characters/);
  await expect(page).toHaveURL(/\/works\/new$/);
});

test("pasted HTML is sanitised: scripts and event handlers never reach the page", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const title = uniqueName("Pasted");
  await postWork(page, {
    title,
    text: '<p>Some <strong>bold</strong> and <em>slanted</em> words.</p><script>alert("script ran")</script><img src="x" onerror="alert(\'onerror ran\')"><p onclick="alert(1)">Second paragraph.</p>',
  });

  const text = page.getByRole("article", { name: "Work text" });
  await expect(text.getByText("bold")).toHaveJSProperty("tagName", "STRONG");
  await expect(text.getByText("slanted")).toHaveJSProperty("tagName", "EM");
  await expect(text.getByText("Second paragraph.")).toBeVisible();
  const html = await text.innerHTML();
  expect(html).not.toMatch(/<script|onerror|onclick|<img/i);
  await page.reload();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  expect(dialogs).toEqual([]);
});

test("titles show exactly as typed", async ({ page, browser }) => {
  const suffix = uniqueName("");
  const title = `4 > 3 and 2 < 5${suffix}`;
  await postWork(page, { title });
  await expect(page.getByRole("heading", { name: title, exact: true })).toHaveText(title);
  await expect(page).toHaveTitle(new RegExp(`^4 > 3 and 2 < 5${suffix}`));

  const guest = await guestPage(browser);
  await guest.goto(`/works?q=${encodeURIComponent(suffix.trim())}`);
  await expect(guest.getByRole("list", { name: "Works" }).getByRole("link", { name: title, exact: true })).toBeVisible();
});
