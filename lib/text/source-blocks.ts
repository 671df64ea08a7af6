// The common shape both importers reduce a file to, so one recogniser reads plain text and HTML.
// `text` is plain (for recognising headings and labels); `html` is safe inline HTML to keep.
export type SourceLine = { text: string; html: string };

export type SourceBlock = {
  lines: SourceLine[];
  // Blank lines around the block: a title standing apart from the story has two or more.
  gapBefore: number;
  gapAfter: number;
  // A real heading element (<h1>–<h3>) in an HTML file.
  heading?: 1 | 2 | 3;
  // Block markup (blockquote, list) kept whole instead of line by line.
  rawHtml?: string;
  // For a <blockquote>: its content, which becomes a note when a "Notes" label owns it.
  quotedHtml?: string;
};

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

export function blocksFromPlainText(text: string): SourceBlock[] {
  const lines = text.replace(/\r\n?/g, "\n").replace(INVISIBLE, "").split("\n").map((line) => line.trim());
  const blocks: SourceBlock[] = [];
  let current: string[] = [];
  let blanks = 0;
  const flush = () => {
    if (current.length === 0) return;
    const previous = blocks.at(-1);
    if (previous) previous.gapAfter = blanks;
    blocks.push({ lines: current.map((line) => ({ text: line, html: escapeText(line) })), gapBefore: blocks.length ? blanks : 0, gapAfter: 0 });
    current = [];
    blanks = 0;
  };
  for (const line of lines) {
    if (line === "") {
      flush();
      blanks++;
    } else {
      current.push(line);
    }
  }
  flush();
  return blocks;
}

export function firstLine(block: SourceBlock): string {
  return block.lines[0]?.text ?? "";
}

export function withLines(block: SourceBlock, lines: SourceLine[], gapBefore = block.gapBefore): SourceBlock {
  return { lines, gapBefore, gapAfter: block.gapAfter };
}

// A kept label ("Disclaimer: …") keeps its formatting; text after a dropped label is re-escaped.
export function lineAfterLabel(block: SourceBlock, rest: string): SourceLine {
  const line = block.lines[0];
  return line && rest === line.text ? line : { text: rest, html: escapeText(rest) };
}

// AO3 puts a labelled note inside <blockquote>; the note field holds what is inside it.
export function unwrapQuote(block: SourceBlock): SourceBlock {
  return block.quotedHtml === undefined ? block : { ...block, rawHtml: block.quotedHtml };
}


export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
