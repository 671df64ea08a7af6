import { formatUserText } from "./format-user-text";
import type { ImportedWork } from "./imported-work";
import { blocksFromPlainText, type SourceBlock } from "./source-blocks";
import { recogniseWork } from "./work-recogniser";

/**
 * Reads a .txt upload into a work: title and byline, notes, chapters and story text. Blank lines
 * separate paragraphs and single newlines stay line breaks (lyrics, poetry, letters).
 * "The End" closing the story is dropped from the body: Folio already shows the work as complete
 * ("Chapters: 1/1") and ends it visibly, and anything written after it is treated as end notes.
 */
export function importPlainText(text: string): ImportedWork {
  return recogniseWork(blocksFromPlainText(text), { render: renderPlainText, normaliseTitle: true, labelOwnsOnlyQuotes: false });
}

function renderPlainText(blocks: SourceBlock[]): string {
  return formatUserText(blocks.map((block) => block.lines.map((line) => line.text).join("\n")).join("\n\n"));
}
