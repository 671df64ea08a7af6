import { chapterHeadingTitle, isArchiveMessage, isNumberedEntry, isPlaceholder, isTableOfContents } from "./import-patterns";
import { firstLine, withLines, type SourceBlock, type SourceLine } from "./source-blocks";

/** Removes lines that frame a copied text (contents list, site wrapper) and isolates headings. */
export function cleanStructure(blocks: SourceBlock[]): SourceBlock[] {
  return splitHeadingLines(removeTableOfContents(blocks)).filter(
    (block) => !(block.lines.length === 1 && isPlaceholder(firstLine(block))) && !block.lines.some((line) => isArchiveMessage(line.text)),
  );
}

// "Chapter 3" typed on the line above the chapter's first paragraph still starts a chapter.
function splitHeadingLines(blocks: SourceBlock[]): SourceBlock[] {
  return blocks.flatMap((block) => {
    if (block.lines.length < 2 || block.rawHtml) return [block];
    const out: SourceBlock[] = [];
    let current: SourceLine[] = [];
    for (const line of block.lines) {
      if (chapterHeadingTitle(line.text) === null) {
        current.push(line);
        continue;
      }
      if (current.length) out.push(withLines(block, current, out.length ? 0 : block.gapBefore));
      out.push(withLines(block, [line], out.length ? 0 : block.gapBefore));
      current = [];
    }
    if (current.length) out.push(withLines(block, current, 0));
    return out;
  });
}

// A contents list repeats the chapter headings; left in, each entry would start an empty chapter.
function removeTableOfContents(blocks: SourceBlock[]): SourceBlock[] {
  const index = blocks.findIndex((block) => block.lines.some((line) => isTableOfContents(line.text)));
  const block = blocks[index];
  if (!block) return blocks;
  const tocLine = block.lines.findIndex((line) => isTableOfContents(line.text));
  const isEntry = (line: SourceLine) => chapterHeadingTitle(line.text) !== null || isNumberedEntry(line.text);
  const restOfBlock = block.lines.slice(tocLine + 1);
  const entries = restOfBlock.every(isEntry) ? [...restOfBlock] : [];
  let next = index + 1;
  if (entries.length === restOfBlock.length) {
    // A heading that repeats an entry is the first real chapter, not more of the list.
    const repeatsEntry = (block: SourceBlock) => block.lines.some((line) => entries.some((entry) => entry.text === line.text));
    for (let following = blocks[next]; following?.lines.every(isEntry) && !repeatsEntry(following); following = blocks[++next]) {
      entries.push(...following.lines);
    }
  }
  // Numbered entries, or headings that appear again below, are the list rather than the chapters.
  const later = blocks.slice(next).flatMap((b) => b.lines.map((line) => line.text));
  const dropEntries = entries.length > 0 && (entries.every((line) => isNumberedEntry(line.text)) || later.includes(entries[0]?.text ?? ""));
  const before = block.lines.slice(0, tocLine);
  const kept = dropEntries || restOfBlock.length === 0 ? [] : [withLines(block, restOfBlock)];
  return [
    ...blocks.slice(0, index),
    ...(before.length ? [withLines(block, before)] : []),
    ...kept,
    ...blocks.slice(dropEntries ? next : index + 1),
  ];
}
