import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signUp, uniqueUsername } from "./support/accounts";
import { postWork, uniqueName } from "./support/works";

test("tag fields suggest existing tags of their type, most used first, and a choice fills the field", async ({ page }) => {
  await signUp(page, uniqueUsername("suggester"));
  const prefix = `Zq${randomBytes(3).toString("hex")}`;
  const popular = `${prefix} Popular`;
  const rare = `${prefix} Rare`;
  await postWork(page, { title: uniqueName("One"), characters: `${rare}, ${popular}` });
  await postWork(page, { title: uniqueName("Two"), characters: popular });
  // Same prefix but another type: never offered as a character.
  await postWork(page, { title: uniqueName("Three"), freeforms: `${prefix} Freeform` });

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
