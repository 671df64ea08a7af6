import { expect, test, type Download } from "./support/test";
import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import { createWork } from "./support/fixtures";
import { account } from "./support/roles";
import { guestPage, uniqueName } from "./support/works";

async function downloadedBytes(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function readFrom(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is not in the EPUB (it has ${Object.keys(zip.files).join(", ")})`);
  return file.async("string");
}

test("a reader downloads a work as an EPUB book and as an HTML page", async ({ browser }) => {
  const writer = account("writer").username;
  const title = uniqueName("Take Me Along");
  const { id: workId } = await createWork(account("writer"), {
    title,
    chapters: [
      { title: "Packing", text: "She folded the map twice.\n\nThen a third time, for luck." },
      { title: "Leaving", text: "The train left at noon & nobody waved." },
    ],
  });

  const reader = await guestPage(browser);
  await reader.goto(`/works/${workId}`);
  const actions = reader.getByRole("navigation", { name: "Work actions" });

  const [epubDownload] = await Promise.all([
    reader.waitForEvent("download"),
    actions.getByRole("link", { name: "Download EPUB" }).click(),
  ]);
  expect(epubDownload.suggestedFilename()).toMatch(/^Take_Me_Along_[0-9a-f]{8}\.epub$/);
  const zip = await JSZip.loadAsync(await downloadedBytes(epubDownload));
  expect(await readFrom(zip, "mimetype")).toBe("application/epub+zip");
  const opfPath = /full-path="([^"]+)"/.exec(await readFrom(zip, "META-INF/container.xml"))?.[1];
  expect(opfPath).toBeTruthy();
  const opf = await readFrom(zip, opfPath!);
  expect(opf).toContain(`<dc:title>${title}</dc:title>`);
  expect(opf).toContain(writer);
  // One document per chapter, in reading order, each with its own text.
  const folder = opfPath!.slice(0, opfPath!.lastIndexOf("/") + 1);
  const hrefs = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1], match[2]]));
  const spine = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((match) => `${folder}${hrefs.get(match[1]!)}`);
  const documents = await Promise.all(spine.map((path) => readFrom(zip, path)));
  const packing = documents.findIndex((xhtml) => xhtml.includes("She folded the map twice."));
  const leaving = documents.findIndex((xhtml) => xhtml.includes("The train left at noon &amp; nobody waved."));
  expect(packing).toBeGreaterThan(-1);
  expect(leaving).toBeGreaterThan(packing);
  expect(documents[packing]).toContain("Packing");
  expect(documents[leaving]).toContain("Leaving");

  const [htmlDownload] = await Promise.all([
    reader.waitForEvent("download"),
    actions.getByRole("link", { name: "Download HTML" }).click(),
  ]);
  expect(htmlDownload.suggestedFilename()).toMatch(/\.html$/);
  const html = (await downloadedBytes(htmlDownload)).toString("utf8");
  expect(html).toContain(title);
  expect(html).toContain(writer);
  expect(html).toContain("She folded the map twice.");
  expect(html).toContain("Then a third time, for luck.");
  expect(html).toContain("The train left at noon &amp; nobody waved.");
  expect(html.indexOf("She folded the map twice.")).toBeLessThan(html.indexOf("The train left at noon"));
});

test("a reader downloads a work as a PDF whose lyrics keep their lines", async ({ browser }) => {
  const title = uniqueName("Sing It Back");
  const fandom = uniqueName("Songbirds");
  const { id: workId } = await createWork(account("writer"), {
    title,
    fandoms: [fandom],
    freeforms: ["Songfic"],
    chapters: [{ title: "Chorus", text: "He started to sing.\n\nI walk a lonely road\nThe only one that I have known\n\nShe laughed." }],
  });

  const reader = await guestPage(browser);
  await reader.goto(`/works/${workId}`);
  const link = reader.getByRole("navigation", { name: "Work actions" }).getByRole("link", { name: "Download PDF" });
  await expect(link).toHaveAttribute("href", `/works/${workId}/download?format=pdf`);
  const response = await reader.request.get(`/works/${workId}/download?format=pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");

  const [download] = await Promise.all([reader.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^Sing_It_Back_[0-9a-f]{8}\.pdf$/);
  const parser = new PDFParse({ data: new Uint8Array(await downloadedBytes(download)) });
  const { text } = await parser.getText();
  await parser.destroy();
  const lines = text.split("\n").map((line) => line.trim());
  expect(lines).toContain(title);
  expect(text).toContain(account("writer").username);
  expect(text).toContain(`Fandoms: ${fandom}`);
  expect(lines).toContain("I walk a lonely road");
  expect(lines).toContain("The only one that I have known");
});
