import { randomBytes } from "node:crypto";
import { expect, test } from "./support/test";
import { createWork } from "./support/fixtures";
import { account, storageStateOf } from "./support/roles";
import { uniqueName } from "./support/works";

test.use({ storageState: storageStateOf("writer") });

test("tag fields suggest existing tags of their type, most used first, and a choice fills the field", async ({ page }) => {
  const prefix = `Zq${randomBytes(3).toString("hex")}`;
  const popular = `${prefix} Popular`;
  const rare = `${prefix} Rare`;
  await createWork(account("writer"), { title: uniqueName("One"), characters: [rare, popular] });
  await createWork(account("writer"), { title: uniqueName("Two"), characters: [popular] });
  // Same prefix but another type: never offered as a character.
  await createWork(account("writer"), { title: uniqueName("Three"), freeforms: [`${prefix} Freeform`] });

  await page.goto("/works/new");
  const characters = page.getByRole("combobox", { name: "Characters" });
  await characters.fill(`Someone Else, ${prefix.toLowerCase()}`);
  const suggestions = page.getByRole("listbox", { name: "Characters suggestions" });
  await expect(suggestions.getByRole("option")).toHaveText([popular, rare]);

  await characters.press("ArrowDown");
  await characters.press("ArrowDown");
  await characters.press("Enter");
  await expect(characters).toHaveValue(`Someone Else, ${rare}, `);
  await expect(suggestions).toHaveCount(0);
});

test("the autocomplete endpoint answers JSON and refuses unknown types", async ({ request }) => {
  const ok = await request.get("/api/tags/autocomplete?type=FANDOM&q=buffy");
  expect(ok.status()).toBe(200);
  expect((await ok.json()).tags.map((tag: { name: string }) => tag.name)).toContain("Buffy the Vampire Slayer");
  const bad = await request.get("/api/tags/autocomplete?type=NONSENSE&q=buffy");
  expect(bad.status()).toBe(400);
});
