// Sanitised user HTML (lib/text/sanitize-html.ts allows only a few tags) turned into the
// paragraphs a PDF lays out: runs of bold/italic text, with <br> kept as a line break so lyrics
// and poems keep their lines. HTML whitespace rules apply: runs of spaces and source newlines
// collapse to one space. Unknown tags are read for their text only.

export type PdfRun = { text: string; bold: boolean; italic: boolean };
export type PdfBlock = { kind: "paragraph" | "heading" | "rule"; runs: PdfRun[]; indent: number };

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", mdash: "—", ndash: "–",
  hellip: "…", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", eacute: "é", egrave: "è",
  agrave: "à", ccedil: "ç", copy: "©", reg: "®", trade: "™", middot: "·", bull: "•",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (entity, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

const BLOCK_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "blockquote", "ul", "ol"]);
const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const BOLD_TAGS = new Set(["strong", "b"]);
const ITALIC_TAGS = new Set(["em", "i"]);

export function htmlToPdfBlocks(html: string): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  let current: PdfBlock | null = null;
  let indent = 0;
  let bold = 0;
  let italic = 0;
  let heading = 0;
  const lists: { ordered: boolean; next: number }[] = [];

  const finish = () => {
    if (current) {
      const runs = tidyRuns(current.runs);
      if (runs.length > 0) blocks.push({ ...current, runs });
    }
    current = null;
  };
  const append = (text: string) => {
    current ??= { kind: heading > 0 ? "heading" : "paragraph", runs: [], indent };
    const last = current.runs.at(-1);
    const style = { bold: bold > 0 || heading > 0, italic: italic > 0 };
    if (last && last.bold === style.bold && last.italic === style.italic) last.text += text;
    else current.runs.push({ text, ...style });
  };

  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|([^<]+)|</g)) {
    const [, closing, rawName, text] = match;
    if (text !== undefined || rawName === undefined) {
      append(decodeEntities(text ?? "<").replace(/[ \t\r\n\f]+/g, " "));
      continue;
    }
    const name = rawName.toLowerCase();
    if (name === "br") append("\n");
    else if (name === "hr") {
      finish();
      blocks.push({ kind: "rule", runs: [], indent });
    } else if (BOLD_TAGS.has(name)) bold += closing ? -1 : 1;
    else if (ITALIC_TAGS.has(name)) italic += closing ? -1 : 1;
    else if (BLOCK_TAGS.has(name)) {
      finish();
      if (name === "blockquote" || name === "ul" || name === "ol") indent += closing ? -1 : 1;
      if (name === "ul" || name === "ol") {
        if (closing) lists.pop();
        else lists.push({ ordered: name === "ol", next: 1 });
      }
      if (HEADING_TAGS.has(name)) heading += closing ? -1 : 1;
      if (name === "li" && !closing) {
        const list = lists.at(-1);
        append(list?.ordered ? `${list.next++}. ` : "• ");
      }
    }
    bold = Math.max(bold, 0);
    italic = Math.max(italic, 0);
    heading = Math.max(heading, 0);
    indent = Math.max(indent, 0);
  }
  finish();
  return blocks;
}

// Spaces around a line break and at the ends of a paragraph are not shown in HTML; drop them.
function tidyRuns(runs: PdfRun[]): PdfRun[] {
  const tidied = runs.map((run) => ({ ...run, text: run.text.replace(/ *\n */g, "\n") }));
  while (tidied[0] && (tidied[0].text = tidied[0].text.replace(/^[ \n]+/, "")) === "") tidied.shift();
  while (tidied.at(-1) && (tidied.at(-1)!.text = tidied.at(-1)!.text.replace(/[ \n]+$/, "")) === "") tidied.pop();
  return tidied.filter((run) => run.text !== "");
}
