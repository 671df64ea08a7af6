import { expect, test } from "./support/test";
import { storageStateOf } from "./support/roles";
import { fillWorkForm, guestPage, uniqueName, workIdOf } from "./support/works";

// Posting through the form is the journey; the writer account's saved log-in starts it.
test.use({ storageState: storageStateOf("writer") });

test("a rating typed as an additional tag is refused next to the field, and the work can then be rated with it", async ({ page, browser }) => {
  const title = uniqueName("Rated Right");
  const freeform = uniqueName("Slow Burn");
  await page.goto("/works/new");
  await fillWorkForm(page, { title, rating: "Mature", freeforms: `${freeform}, explicit` });
  await page.getByRole("button", { name: "Post", exact: true }).click();

  const additionalTags = page.getByRole("combobox", { name: "Additional Tags" });
  await expect(additionalTags).toHaveAccessibleDescription(/Explicit is a rating, not an additional tag\./);
  await expect(additionalTags).toHaveValue(`${freeform}, explicit`);
  await expect(page.getByLabel("Work Title")).toHaveValue(title);
  await expect(page).toHaveURL(/\/works\/new$/);

  await page.getByLabel("Rating").selectOption("Explicit");
  await additionalTags.fill(freeform);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await page.waitForURL(/\/works\/\d+$/);
  const meta = page.getByRole("region", { name: "Work tags and stats" });
  await expect(meta.getByRole("link", { name: "Explicit", exact: true })).toBeVisible();
  await expect(meta.getByRole("link", { name: freeform, exact: true })).toBeVisible();

  // The edit form keeps the rating rather than falling back to Not Rated.
  await page.goto(`/works/${workIdOf(page)}/edit`);
  await expect(page.getByLabel("Rating")).toHaveValue("Explicit");

  // The new tag is known to a guest through the posted work.
  const guest = await guestPage(browser);
  const response = await guest.goto(`/tags/${encodeURIComponent(freeform)}/works`);
  expect(response?.status()).toBe(200);
  await expect(guest.getByRole("list", { name: "Works" }).getByRole("link", { name: title })).toBeVisible();
});
