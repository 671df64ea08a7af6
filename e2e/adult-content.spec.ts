import { expect, test, type Page } from "./support/test";
import { createUser, createWork } from "./support/fixtures";
import { account, pageAs } from "./support/roles";
import { guestPage, uniqueName } from "./support/works";

const MESSAGE = "This work could have adult content. If you continue, you have agreed that you are willing to see such content.";

async function expectCheck(page: Page, title: string, text: string) {
  await expect(page.getByText(MESSAGE)).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Yes, Continue" })).toBeVisible();
  await expect(page.getByRole("link", { name: "No, Go Back" })).toBeVisible();
  await expect(page.getByText(text)).toHaveCount(0);
}

test("a guest answers the adult content check once per session; General Audiences works never ask", async ({ browser }) => {
  const writer = await createUser("adultwriter");
  const mature = await createWork(writer, { title: uniqueName("Mature Work"), rating: "Mature", chapters: [{ text: "The mature text itself." }] });
  const explicit = await createWork(writer, { title: uniqueName("Explicit Work"), rating: "Explicit", chapters: [{ text: "The explicit text itself." }] });
  const general = await createWork(writer, { title: uniqueName("General Work"), chapters: [{ text: "The general text itself." }] });

  const guest = await guestPage(browser);
  await guest.goto(general.url);
  await expect(guest.getByText("The general text itself.")).toBeVisible();
  await expect(guest.getByText(MESSAGE)).toHaveCount(0);

  await guest.goto(mature.url);
  await expectCheck(guest, mature.title, "The mature text itself.");
  await guest.getByRole("link", { name: "Yes, Continue" }).click();
  await expect(guest.getByText("The mature text itself.")).toBeVisible();
  await expect(guest.getByText(MESSAGE)).toHaveCount(0);

  // The answer lasts the session: the next adult work opens at once.
  await guest.goto(explicit.url);
  await expect(guest.getByText("The explicit text itself.")).toBeVisible();
  await expect(guest.getByText(MESSAGE)).toHaveCount(0);

  // Another browser session asks again.
  const another = await guestPage(browser);
  await another.goto(explicit.url);
  await expectCheck(another, explicit.title, "The explicit text itself.");
  await another.goto(general.url);
  await expect(another.getByText("The general text itself.")).toBeVisible();
});

test("No, Go Back leaves the work without showing it", async ({ browser }) => {
  const writer = await createUser("adultback");
  const fandom = uniqueName("Adult Fandom");
  const mature = await createWork(writer, { title: uniqueName("Turned Away"), rating: "Mature", fandoms: [fandom], chapters: [{ text: "Text nobody reads." }] });
  const guest = await guestPage(browser);
  await guest.goto(`/tags/${encodeURIComponent(fandom)}/works`);
  await guest.getByRole("link", { name: mature.title }).click();
  await expectCheck(guest, mature.title, "Text nobody reads.");
  await guest.getByRole("link", { name: "No, Go Back" }).click();
  await expect(guest).toHaveURL(new RegExp(`/tags/${encodeURIComponent(fandom).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/works$`));
  await expect(guest.getByRole("heading", { name: `Works in ${fandom}` })).toBeVisible();
  await expect(guest.getByText("Text nobody reads.")).toHaveCount(0);
});

test("chapter pages, the entire work and downloads ask too; a registered reader is asked, the creator is not", async ({ browser }) => {
  const writer = await createUser("adultchapters");
  const work = await createWork(writer, {
    title: uniqueName("Two Adult Chapters"),
    rating: "Explicit",
    chapters: [{ title: "One", text: "First chapter text here." }, { title: "Two", text: "Second chapter text here." }],
  });
  const reader = await pageAs(browser, "reader");
  await reader.goto(`/works/${work.id}/chapters/${work.chapterIds[1]}`);
  await expectCheck(reader, work.title, "Second chapter text here.");
  await reader.goto(`/works/${work.id}?view=full`);
  await expectCheck(reader, work.title, "First chapter text here.");

  // A download link asks first, then downloads.
  await reader.goto(`/works/${work.id}/download?format=pdf`);
  await expect(reader).toHaveURL(new RegExp(`/works/${work.id}\\?download=pdf$`));
  await expectCheck(reader, work.title, "First chapter text here.");
  const [download] = await Promise.all([reader.waitForEvent("download"), reader.getByRole("link", { name: "Yes, Continue" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const response = await reader.request.get(`/works/${work.id}/download?format=pdf`, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");

  await reader.goto(`/works/${work.id}/chapters/${work.chapterIds[1]}`);
  await expect(reader.getByText("Second chapter text here.")).toBeVisible();
});

test("the creator reads their own adult work without the check; a guest's download of it is sent to the check", async ({ browser }) => {
  const work = await createWork(account("writer"), { title: uniqueName("My Mature Work"), rating: "Mature", chapters: [{ text: "My own mature text." }] });
  const writer = await pageAs(browser, "writer");
  await writer.goto(work.url);
  await expect(writer.getByText("My own mature text.")).toBeVisible();
  await expect(writer.getByText(MESSAGE)).toHaveCount(0);

  const guest = await guestPage(browser);
  for (const format of ["epub", "html", "pdf"]) {
    const response = await guest.request.get(`/works/${work.id}/download?format=${format}`, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers()["location"]).toBe(`/works/${work.id}?download=${format}`);
  }
});
