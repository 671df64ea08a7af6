import { isEndLine, matchLabel, startsDialogue, type LabelScope } from "./import-patterns";
import type { NoteItem } from "./note-item";
import { firstLine, lineAfterLabel, unwrapQuote, withLines, type SourceBlock } from "./source-blocks";

// "The End" is looked for among the last few blocks only.
const END_WINDOW = 6;
// How far back a closing "A/N:" may sit and still own the paragraphs after it.
const END_NOTES_WINDOW = 4;

/** Takes "The End" and any notes after the story off the end of a section. */
export function readEnd(story: SourceBlock[]): { body: SourceBlock[]; items: NoteItem[] } {
  for (let k = story.length - 1; k >= 0 && k >= story.length - END_WINDOW; k--) {
    const block = story[k];
    if (!block) break;
    const endLine = block.rawHtml ? -1 : lastIndexWhere(block.lines, (line) => isEndLine(line.text));
    if (endLine >= 0) {
      const before = block.lines.slice(0, endLine);
      const after = block.lines.slice(endLine + 1);
      return {
        body: [...story.slice(0, k), ...(before.length ? [withLines(block, before)] : [])],
        items: endNotes([...(after.length ? [withLines(block, after, 0)] : []), ...story.slice(k + 1)], "work"),
      };
    }
    if (startsDialogue(firstLine(block)) && !block.rawHtml) break;
  }
  const cut = endNotesStart(story);
  return { body: story.slice(0, cut), items: endNotes(story.slice(cut), "any") };
}

/**
 * End notes are labelled blocks ("A/N:", "Chapter End Notes") at the very end. The last label may
 * own the few paragraphs after it; earlier ones own only a quote or paragraph when they stand
 * alone, so an opening "A/N: …" before a short story is never mistaken for an end note.
 */
function endNotesStart(story: SourceBlock[]): number {
  let cut = story.length;
  for (let first = true; ; first = false) {
    let next = -1;
    for (let k = cut - 1; k >= 1 && k >= cut - (first ? END_NOTES_WINDOW : 2); k--) {
      const block = story[k];
      const label = block && !block.rawHtml ? matchLabel(firstLine(block)) : null;
      if (!label) continue;
      const ownsFollowing = cut - k - 1;
      const endCapable = label.kind === "notesEnd" || (label.kind === "notesBegin" && label.scope === "any");
      const mayOwn = first || ownsFollowing === 0 || (label.rest === "" && ownsFollowing === 1);
      if (endCapable && mayOwn) next = k;
      break;
    }
    if (next < 0) return cut;
    cut = next;
  }
}

function endNotes(blocks: SourceBlock[], scope: LabelScope): NoteItem[] {
  const items: NoteItem[] = [];
  let current: NoteItem = { field: "notesEnd", scope, blocks: [] };
  let labelAlone = false;
  for (const block of blocks) {
    const label = block.rawHtml ? null : matchLabel(firstLine(block));
    if (!label || label.kind === "storyStart") {
      current.blocks.push(labelAlone ? unwrapQuote(block) : block);
      labelAlone = false;
      continue;
    }
    labelAlone = false;
    if (current.blocks.length) items.push(current);
    current = { field: "notesEnd", scope: label.scope === "any" ? scope : label.scope, blocks: [] };
    const lines = [...(label.rest ? [lineAfterLabel(block, label.rest)] : []), ...block.lines.slice(1)];
    if (lines.length) current.blocks.push(withLines(block, lines));
    else labelAlone = true;
  }
  if (current.blocks.length) items.push(current);
  return items;
}

function lastIndexWhere<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index];
    if (item !== undefined && predicate(item)) return index;
  }
  return -1;
}
