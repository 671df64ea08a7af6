import { looksLikeTitle, matchLabel, parseByline, parseCreatorLine, startsDialogue } from "./import-patterns";
import type { NoteItem } from "./note-item";
import { firstLine, lineAfterLabel, unwrapQuote, withLines, type SourceBlock, type SourceLine } from "./source-blocks";

// What the reader has learnt about the work so far, in document order.
export type FoundMetadata = {
  title: string | null;
  // From a real <h1>, typed into a title field, so kept exactly.
  fromHeading: boolean;
  creator: string | null;
  firstContentSeen: boolean;
  storySeen: boolean;
};

// Front matter (notes, disclaimers, title) sits in the first few blocks; past these, it is story.
const FRONT_WINDOW = 10;

function tryTitle(block: SourceBlock, found: FoundMetadata): boolean {
  const first = firstLine(block);
  if (block.heading === 1) {
    found.title = first;
    found.fromHeading = true;
    return true;
  }
  const standsApart = !found.firstContentSeen || block.gapAfter >= 2;
  if (!standsApart || block.lines.length > 2) return false;
  const creator = block.lines[1] ? parseCreatorLine(block.lines[1].text) : null;
  if (block.lines.length === 2 && !creator) return false;
  const byline = block.lines.length === 1 ? parseByline(first) : null;
  if (byline) {
    found.title = byline.title;
    found.creator = byline.creator;
    return true;
  }
  if (!looksLikeTitle(first)) return false;
  found.title = first;
  found.creator = creator;
  return true;
}

/** Splits a section's opening notes, summary and title from the story that follows them. */
export function readFront(blocks: SourceBlock[], found: FoundMetadata, labelOwnsOnlyQuotes: boolean): { items: NoteItem[]; story: SourceBlock[] } {
  const items: NoteItem[] = [];
  let pending: SourceBlock[] = [];
  let storyFrom = 0;
  let absorb: Omit<NoteItem, "blocks"> | null = null;
  let titledHere = false;
  const settlePending = () => {
    if (pending.length) items.push({ field: "notesBegin", scope: "any", blocks: pending });
    pending = [];
  };
  const finish = (story: SourceBlock[]) => {
    if (story.length) found.storySeen = true;
    return { items, story };
  };

  for (let i = 0; i < blocks.length && i < FRONT_WINDOW; i++) {
    const block = blocks[i];
    if (!block) break;
    const first = firstLine(block);
    if (absorb && labelOwnsOnlyQuotes && !block.rawHtml) absorb = null;
    if (absorb) {
      items.push({ ...absorb, blocks: [unwrapQuote(block)] });
      absorb = null;
      storyFrom = i + 1;
      continue;
    }
    if (startsDialogue(first) && !block.rawHtml) break;

    if (found.title === null && !found.storySeen && tryTitle(block, found)) {
      titledHere = true;
      settlePending();
      storyFrom = i + 1;
      found.firstContentSeen = true;
      continue;
    }
    const afterTitle = found.title !== null && found.creator === null && storyFrom === i && block.lines.length === 1;
    const creator = afterTitle ? parseCreatorLine(first) : null;
    found.firstContentSeen = true;
    if (creator) {
      found.creator = creator;
      storyFrom = i + 1;
      continue;
    }

    const label = matchLabel(first);
    // Notes after a title carry a label; an unlabelled paragraph there is the story beginning.
    if (!label && titledHere) break;
    if (!label) {
      pending.push(block);
      continue;
    }
    if (label.kind === "notesEnd") break;
    settlePending();
    storyFrom = i + 1;
    if (label.kind === "storyStart") break;
    const field = label.kind;
    const noteLines: SourceLine[] = label.rest ? [lineAfterLabel(block, label.rest)] : [];
    // "Chapter Notes: …" can run straight into the story with no blank line: dialogue ends the note.
    const storyLine = block.lines.findIndex((line, index) => index > 0 && startsDialogue(line.text));
    const restLines = block.lines.slice(1, storyLine < 0 ? undefined : storyLine);
    noteLines.push(...restLines);
    if (noteLines.length) items.push({ field, scope: label.scope, blocks: [withLines(block, noteLines)] });
    else absorb = { field, scope: label.scope };
    if (storyLine > 0) {
      const remainder = withLines(block, block.lines.slice(storyLine), 0);
      return finish([remainder, ...blocks.slice(i + 1)]);
    }
  }
  return finish(blocks.slice(storyFrom));
}
