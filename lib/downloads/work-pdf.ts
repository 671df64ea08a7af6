import PDFDocument from "pdfkit";
import { languageName } from "@/lib/works/languages";
import { htmlToPdfBlocks, type PdfBlock } from "./pdf-blocks";
import { pdfFonts, type PdfFontSet } from "./pdf-fonts";
import type { DownloadWork } from "./work-download";
import { chapterHeading, statsText } from "./work-sections";

const MARGIN = 72;
const BODY_SIZE = 11;
const INDENT = 18;

/**
 * A PDF laid out like the HTML and EPUB downloads: a title page, a preface (tags, stats,
 * summary, notes), each chapter on a new page with its notes, and the work's end notes. Built
 * with pdfkit (pure JavaScript); fonts as lib/downloads/pdf-fonts.ts finds them.
 */
export function renderWorkPdf(work: DownloadWork, fonts: PdfFontSet = pdfFonts()): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    lang: work.language || "en",
    displayTitle: true,
    info: {
      Title: fonts.prepare(work.title),
      Author: fonts.prepare(work.creator),
      Keywords: fonts.prepare(work.tags.flatMap((group) => group.names).join(", ")),
      CreationDate: work.publishedAt ?? work.revisedAt,
      ModDate: work.revisedAt,
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const writer = new PdfWriter(doc, fonts);
  writer.titlePage(work);
  writer.preface(work);
  const chapters = [...work.chapters].sort((a, b) => a.position - b.position);
  for (const chapter of chapters) {
    doc.addPage();
    const heading = chapterHeading(work, chapter);
    if (heading !== null) writer.heading(heading, 16);
    writer.labelled("Chapter Summary", chapter.summary);
    writer.labelled("Chapter Notes", chapter.notesBegin);
    writer.html(chapter.bodyHtml);
    writer.labelled("Chapter End Notes", chapter.notesEnd);
  }
  writer.afterword(work);
  doc.end();
  return done;
}

class PdfWriter {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: PdfFontSet,
  ) {}

  titlePage(work: DownloadWork) {
    const { doc } = this;
    doc.moveDown(10);
    this.centred(work.title, this.fonts.bold, 24);
    doc.moveDown(1);
    this.centred(`by ${work.creator}`, this.fonts.regular, 14);
    doc.moveDown(3);
    this.centred(`Posted originally at ${work.url}`, this.fonts.italic, 10);
  }

  preface(work: DownloadWork) {
    this.doc.addPage();
    this.heading("Preface", 16);
    for (const group of work.tags.filter((tags) => tags.names.length > 0)) this.field(`${group.label}:`, group.names.join(", "));
    this.field("Language:", languageName(work.language));
    this.field("Stats:", statsText(work));
    this.doc.moveDown(0.5);
    this.labelled("Summary", work.summary);
    this.labelled("Notes", work.notesBegin);
  }

  afterword(work: DownloadWork) {
    this.labelled("End Notes", work.notesEnd);
    this.doc.moveDown(1);
    this.plain("Please drop by the archive and comment to let the creator know if you enjoyed their work!", this.fonts.italic);
    this.plain(work.url, this.fonts.italic);
  }

  heading(text: string, size: number) {
    this.doc.x = MARGIN;
    this.doc.font(this.fonts.bold).fontSize(size).text(this.fonts.prepare(text));
    this.doc.fontSize(BODY_SIZE).moveDown(0.5);
  }

  /** A notes block under its label; nothing at all when the notes are empty. */
  labelled(label: string, html: string) {
    const blocks = htmlToPdfBlocks(html);
    if (blocks.every((block) => block.kind !== "rule" && block.runs.every((run) => run.text.trim() === ""))) return;
    this.doc.x = MARGIN;
    this.doc.font(this.fonts.bold).fontSize(BODY_SIZE).text(label);
    this.doc.moveDown(0.2);
    for (const block of blocks) this.block({ ...block, indent: block.indent + 1 });
    this.doc.moveDown(0.5);
  }

  html(html: string) {
    for (const block of htmlToPdfBlocks(html)) this.block(block);
  }

  private block(block: PdfBlock) {
    const { doc } = this;
    const left = MARGIN + block.indent * INDENT;
    const width = doc.page.width - MARGIN - left;
    if (block.kind === "rule") {
      const y = doc.y + 6;
      doc.moveTo(left + width * 0.1, y).lineTo(left + width * 0.9, y).lineWidth(0.5).strokeColor("#999999").stroke();
      doc.y = y + 12;
      return;
    }
    const size = block.kind === "heading" ? BODY_SIZE + 2 : BODY_SIZE;
    block.runs.forEach((run, index) => {
      const font = run.bold ? (run.italic ? this.fonts.boldItalic : this.fonts.bold) : run.italic ? this.fonts.italic : this.fonts.regular;
      const continued = index < block.runs.length - 1;
      doc.font(font).fontSize(size);
      if (index === 0) doc.text(this.fonts.prepare(run.text), left, doc.y, { width, continued, lineGap: 2 });
      else doc.text(this.fonts.prepare(run.text), { continued, lineGap: 2 });
    });
    doc.fontSize(BODY_SIZE).moveDown(0.6);
  }

  private field(label: string, value: string) {
    this.doc.x = MARGIN;
    this.doc.font(this.fonts.bold).fontSize(BODY_SIZE).text(`${label} `, { continued: true });
    this.doc.font(this.fonts.regular).text(this.fonts.prepare(value));
    this.doc.moveDown(0.2);
  }

  private plain(text: string, font: string) {
    this.doc.x = MARGIN;
    this.doc.font(font).fontSize(BODY_SIZE).text(this.fonts.prepare(text));
  }

  private centred(text: string, font: string, size: number) {
    this.doc.x = MARGIN;
    this.doc.font(font).fontSize(size).text(this.fonts.prepare(text), { align: "center" });
  }
}
