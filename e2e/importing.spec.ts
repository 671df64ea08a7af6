import { expect, test } from "./support/test";
import path from "node:path";
import { account, storageStateOf } from "./support/roles";
import { uniqueName } from "./support/works";
import { expectLyricLineBreaksKept } from "./support/lyrics";

test.use({ storageState: storageStateOf("writer") });

const SHE_ISNT_REAL = path.join(__dirname, "..", "prisma", "seed", "she-isnt-real.txt");

test("an imported text file is recognised, pre-fills the posting form and keeps the lyrics' line breaks", async ({ page }) => {
  const writer = account("writer").username;
  await page.goto("/works/new");
  await page.getByRole("link", { name: "Import a work" }).click();
  await expect(page).toHaveURL(/\/works\/import$/);

  await page.getByLabel("File to import").setInputFiles(SHE_ISNT_REAL);
  await page.getByRole("button", { name: "Import", exact: true }).click();

  const recognised = page.getByRole("status", { name: "Recognised" });
  await expect(recognised.getByRole("definition").first()).toHaveText("She Isn't Real");
  await expect(page.getByLabel("Work Title")).toHaveValue("She Isn't Real");
  await expect(page.getByLabel("Work Text")).toHaveValue(/She seemed dressed in all of me,/);

  await page.getByLabel("Rating").selectOption("Teen And Up Audiences");
  await page.getByRole("checkbox", { name: "No Archive Warnings Apply" }).check();
  await page.getByRole("combobox", { name: "Fandoms" }).fill(uniqueName("Imported Fandom"));
  await page.getByRole("button", { name: "Post", exact: true }).click();

  await page.waitForURL(/\/works\/\d+$/);
  await expect(page.getByRole("heading", { name: "She Isn't Real" })).toBeVisible();
  await expect(page.getByRole("link", { name: writer }).last()).toBeVisible();
  await expectLyricLineBreaksKept(page);
});

test("a file of another type or over 5 MB is refused with a clear message", async ({ page }) => {
  await page.goto("/works/import");
  const file = page.getByLabel("File to import");

  await file.setInputFiles({ name: "story.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 not a story") });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(file).toHaveAccessibleDescription(/Only \.txt and \.html files can be imported\./);
  await expect(page.getByLabel("Work Title")).toHaveCount(0);

  const tooBig = Buffer.alloc(5 * 1024 * 1024 + 1, "a");
  await file.setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: tooBig });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(file).toHaveAccessibleDescription(/larger than 5 MB/);
  await expect(page.getByLabel("Work Title")).toHaveCount(0);
});
