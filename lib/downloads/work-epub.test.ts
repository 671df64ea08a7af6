import JSZip from "jszip";
import { describe, expect, test } from "vitest";
import { oneShot, twoChapterWork } from "./test-works";
import type { DownloadWork } from "./work-download";
import { renderWorkEpub } from "./work-epub";

type Book = { zip: JSZip; opfPath: string; opf: string; read: (path: string) => Promise<string> };

async function openBook(work: DownloadWork): Promise<Book> {
  const zip = await JSZip.loadAsync(await renderWorkEpub(work));
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is not in the EPUB`);
    return file.async("string");
  };
  const container = await read("META-INF/container.xml");
  const opfPath = /full-path="([^"]+)"/.exec(container)?.[1];
  if (!opfPath) throw new Error("container.xml names no package");
  return { zip, opfPath, opf: await read(opfPath), read };
}

// The spine's documents, as paths inside the zip, in reading order.
function spinePaths(book: Book): string[] {
  const folder = book.opfPath.slice(0, book.opfPath.lastIndexOf("/") + 1);
  const hrefs = new Map([...book.opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  return [...book.opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => `${folder}${hrefs.get(m[1] ?? "")}`);
}

// No XML parser ships with the project, so check what matters here: every "&" starts an entity,
// every "<" opens a tag, and the tags nest and close (void elements written as <br/>).
function expectWellFormedXml(xml: string) {
  const body = xml.replace(/^<\?xml[^>]*\?>/, "").replace(/<!DOCTYPE html>/, "");
  expect(body).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
  const tags = [...body.matchAll(/<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)];
  expect(tags.length).toBe(body.split("<").length - 1);
  const open: string[] = [];
  for (const [, closing, name, , selfClosing] of tags) {
    if (closing) expect(open.pop()).toBe(name);
    else if (!selfClosing) open.push(name ?? "");
  }
  expect(open).toEqual([]);
}

describe("renderWorkEpub", () => {
  test("starts with the mimetype entry, stored uncompressed, as readers require", async () => {
    const epub = await renderWorkEpub(twoChapterWork());
    // Local file header: signature, compression method 0 (stored), name "mimetype", no extra field.
    expect(epub.readUInt32LE(0)).toBe(0x04034b50);
    expect(epub.readUInt16LE(8)).toBe(0);
    expect(epub.readUInt16LE(26)).toBe("mimetype".length);
    expect(epub.readUInt16LE(28)).toBe(0);
    expect(epub.subarray(30, 38).toString("latin1")).toBe("mimetype");
    expect(epub.subarray(38, 58).toString("latin1")).toBe("application/epub+zip");

    const zip = await JSZip.loadAsync(epub);
    expect(Object.keys(zip.files)[0]).toBe("mimetype");
    expect(await zip.file("mimetype")?.async("string")).toBe("application/epub+zip");
  });

  test("the package names the escaped title, the creator, the language and the work's URL", async () => {
    const book = await openBook(twoChapterWork());
    expect(book.opfPath).toBe("OEBPS/content.opf");
    expect(book.opf).toContain('<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="BookId"');
    expect(book.opf).toContain('<dc:identifier id="BookId">http://localhost:3000/works/42</dc:identifier>');
    expect(book.opf).toContain("<dc:title>4 &gt; 3 and 2 &lt; 5</dc:title>");
    expect(book.opf).toContain("<dc:creator id=\"creator\">Quill &amp; Ink</dc:creator>");
    expect(book.opf).toContain("<dc:language>en</dc:language>");
    expect(book.opf).toContain("<dc:subject>&lt;3</dc:subject>");
    expect(book.opf).toContain('<meta property="dcterms:modified">2024-04-15T08:30:45Z</meta>');
    expect(book.opf).toMatch(/<item id="nav" href="toc.xhtml" media-type="application\/xhtml\+xml" properties="nav" \/>/);
    expectWellFormedXml(book.opf);
  });

  test("the spine reads the preface, then one file per chapter in order", async () => {
    const book = await openBook(twoChapterWork());
    expect(spinePaths(book)).toEqual(["OEBPS/preface.xhtml", "OEBPS/chapter-1.xhtml", "OEBPS/chapter-2.xhtml"]);

    const preface = await book.read("OEBPS/preface.xhtml");
    expect(preface).toContain("<h1>4 &gt; 3 and 2 &lt; 5</h1>");
    expect(preface).toContain("<dd>Teen And Up Audiences</dd>");
    expect(preface).toContain("Two friends count to <em>five</em>.");
    expect(preface).toContain("Work notes: thanks to my beta.");

    const nav = await book.read("OEBPS/toc.xhtml");
    expect(nav).toContain('epub:type="toc"');
    expect(nav).toMatch(/<a href="chapter-1.xhtml">Chapter 1: The &lt;Start&gt;/);
    expect(nav).toMatch(/<a href="chapter-2.xhtml">Chapter 2\s/);
  });

  test("chapter files are well-formed XHTML holding the text, line breaks and escapes intact", async () => {
    const book = await openBook(twoChapterWork());
    const first = await book.read("OEBPS/chapter-1.xhtml");
    expect(first).toContain('<html xmlns="http://www.w3.org/1999/xhtml"');
    expect(first).toContain('<h2 class="heading">Chapter 1: The &lt;Start&gt;</h2>');
    expect(first).toMatch(/I walk a lonely road<br ?\/>The only one that I have known/);
    expect(first).toContain("Tom &amp; Jerry said 2 &lt; 3");
    expect(first).toMatch(/<hr ?\/>/);
    expect(first).not.toMatch(/<br>|<hr>|&nbsp;|&mdash;|&eacute;/);
    expect(first.indexOf("Chapter one notes.")).toBeLessThan(first.indexOf("I walk a lonely road"));
    expect(first).not.toContain("Work end notes");

    const second = await book.read("OEBPS/chapter-2.xhtml");
    expect(second).toContain('<h2 class="heading">Chapter 2</h2>');
    expect(second).toContain("The second chapter &amp; its ending.");
    expect(second.indexOf("Chapter two end notes.")).toBeLessThan(second.indexOf("Work end notes: the song is made up."));

    for (const path of [...spinePaths(book), "OEBPS/toc.xhtml", "OEBPS/toc.ncx"]) expectWellFormedXml(await book.read(path));
  });

  test("a one-shot is a preface and a single chapter without a chapter heading", async () => {
    const book = await openBook(oneShot());
    expect(spinePaths(book)).toEqual(["OEBPS/preface.xhtml", "OEBPS/chapter-1.xhtml"]);
    expect(book.opf).toContain("<dc:title>She Isn&#39;t Real</dc:title>");
    expect(book.opf).toContain("<dc:language>fr</dc:language>");
    const chapter = await book.read("OEBPS/chapter-1.xhtml");
    expect(chapter).toContain("Nobody saw her leave.");
    expect(chapter).not.toContain("<h2");
    expectWellFormedXml(chapter);
  });

  test("images in the text are dropped, so building the book never fetches anything", async () => {
    const work = oneShot();
    work.chapters[0]!.bodyHtml = '<p>Look: <img src="http://127.0.0.1:9/tracker.png" alt="x"> there.</p>';
    const book = await openBook(work);
    expect(Object.keys(book.zip.files).filter((name) => name.includes("images"))).toEqual([]);
    const chapter = await book.read("OEBPS/chapter-1.xhtml");
    expect(chapter).toContain("<p>Look:  there.</p>");
    expect(book.opf).not.toContain("image");
  });
});
