import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFParse } from "pdf-parse";
import { describe, expect, test } from "vitest";
import { importPlainText } from "@/lib/text/plain-text-import";
import { htmlToPdfBlocks } from "./pdf-blocks";
import { STANDARD_FONTS, toWinAnsi, unicodeFonts, type PdfFontSet } from "./pdf-fonts";
import { oneShot, twoChapterWork } from "./test-works";
import type { DownloadWork } from "./work-download";
import { renderWorkPdf } from "./work-pdf";

async function pdfText(work: DownloadWork, fonts?: PdfFontSet): Promise<{ text: string; lines: string[]; pages: number }> {
  const pdf = await renderWorkPdf(work, fonts);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    const lines = result.text.split("\n").map((line) => line.trim());
    return { text: result.text, lines, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

// "She Isn't Real", the demo songfic, as the plain-text importer reads it for posting.
function demoSongfic(): DownloadWork {
  const imported = importPlainText(readFileSync(path.join(__dirname, "../../prisma/seed/she-isnt-real.txt"), "utf8"));
  return {
    id: 1,
    title: imported.title,
    creator: imported.creatorName ?? "FolioDemo",
    summary: imported.summary,
    notesBegin: imported.notesBegin,
    notesEnd: imported.notesEnd,
    language: "en",
    publishedAt: new Date("2024-02-14T00:00:00Z"),
    revisedAt: new Date("2024-02-14T00:00:00Z"),
    wordCount: 1500,
    chapterCount: "1/1",
    tags: [
      { label: "Rating", names: ["Teen And Up Audiences"] },
      { label: "Fandom", names: ["Buffy the Vampire Slayer"] },
      { label: "Additional Tags", names: ["Songfic", "Dancing"] },
    ],
    url: "http://localhost:3000/works/1",
    chapters: imported.chapters.map((chapter, index) => ({ position: index + 1, ...chapter })),
  };
}

// Parsing fonts and reading PDFs back takes a few seconds on a busy 2-core machine.
describe("renderWorkPdf", { timeout: 30_000 }, () => {
  test("the demo songfic reads back with its title, tags, notes and every lyric on its own line", async () => {
    const work = demoSongfic();
    const { text, lines, pages } = await pdfText(work);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(text).toContain(work.title);
    expect(text).toContain("by FolioDemo");
    expect(lines).toContain("Rating: Teen And Up Audiences");
    expect(lines).toContain("Additional Tags: Songfic, Dancing");
    expect(text).toContain("Songs are Vermillion pt 2 by Slipknot");
    for (const lyric of ["She seemed dressed in all of me,", "stretched across my shame.", "All the torments and the pain,", "When she makes me sad."]) {
      expect(lines).toContain(lyric);
    }
    const first = lines.indexOf("She seemed dressed in all of me,");
    expect(lines[first + 1]).toBe("stretched across my shame.");
  });

  test("preface, chapters and notes come in reading order, end notes last", async () => {
    const { text, lines } = await pdfText(twoChapterWork());
    const order = [
      "4 > 3 and 2 < 5",
      "by Quill & Ink",
      "Fandom: Numbers & Letters (Cartoon)",
      "Stats: Published: 2024-03-01 Updated: 2024-04-15 Words: 12,345 Chapters: 2/?",
      "Two friends count to five.",
      "Work notes: thanks to my beta.",
      "Chapter 1: The <Start>",
      "Chapter one notes.",
      "I walk a lonely road",
      "The only one that I have known",
      "Tom & Jerry said 2 < 3 — café.",
      "Chapter one end notes.",
      "Chapter 2",
      "Chapter two summary.",
      "The second chapter & its ending.",
      "Chapter two end notes.",
      "Work end notes: the song is made up.",
    ];
    const positions = order.map((part) => {
      const at = text.indexOf(part);
      expect(at, `missing: ${part}`).toBeGreaterThanOrEqual(0);
      return at;
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(lines).toContain("I walk a lonely road");
    expect(lines).toContain("The only one that I have known");
    expect(text).not.toContain("Relationship");
  });

  test("a one-shot has no chapter heading and empty notes get no label", async () => {
    const { text } = await pdfText(oneShot());
    expect(text).toContain("Nobody saw her leave.");
    expect(text).not.toContain("Chapter 1");
    expect(text).not.toContain("End Notes");
    expect(text).toContain("Language: Français");
  });

  const fonts = unicodeFonts();
  test.runIf(fonts !== null)("with a Unicode font on the machine, text beyond Latin-1 is embedded as written", async () => {
    const work = oneShot();
    work.title = "Призрак · Φάντασμα";
    work.chapters[0]!.bodyHtml = "<p>Ελληνικά και кириллица — ok.</p>";
    const { text } = await pdfText(work, fonts!);
    expect(text).toContain("Призрак · Φάντασμα");
    expect(text).toContain("Ελληνικά και кириллица — ok.");
  });

  test("with the standard fonts, text outside WinAnsi is replaced, never an error", async () => {
    const work = oneShot();
    work.title = "Café Призрак 🎵";
    work.chapters[0]!.bodyHtml = "<p>Łódź “quotes” — 日本</p>";
    const { text } = await pdfText(work, STANDARD_FONTS);
    expect(text).toContain("Café ??????? ?");
    expect(text).toContain("Lódz “quotes” — ??");
  });
});

describe("toWinAnsi", () => {
  test("keeps Latin-1 and cp1252's marks, drops accents it lacks, else writes ?", () => {
    expect(toWinAnsi("Ærø “x” … € ß")).toBe("Ærø “x” … € ß");
    expect(toWinAnsi("Łódź Dvořák")).toBe("Lódz Dvorák");
    expect(toWinAnsi("日本 🎵")).toBe("?? ?");
  });
});

describe("htmlToPdfBlocks", () => {
  test("keeps <br> as a line break and collapses source whitespace", () => {
    const blocks = htmlToPdfBlocks("<p>One  line<br />\n  two <em>lines</em></p><hr><blockquote><p>quoted</p></blockquote>");
    expect(blocks).toEqual([
      { kind: "paragraph", indent: 0, runs: [{ text: "One line\ntwo ", bold: false, italic: false }, { text: "lines", bold: false, italic: true }] },
      { kind: "rule", indent: 0, runs: [] },
      { kind: "paragraph", indent: 1, runs: [{ text: "quoted", bold: false, italic: false }] },
    ]);
  });

  test("numbers ordered lists and decodes entities", () => {
    const blocks = htmlToPdfBlocks("<ol><li>a &amp; b</li><li>&lt;c&gt; &#233;&#x1F3B5;</li></ol>");
    expect(blocks.map((block) => block.runs.map((run) => run.text).join(""))).toEqual(["1. a & b", "2. <c> é🎵"]);
  });
});
