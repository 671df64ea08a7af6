import sanitizeHtml from "sanitize-html";
import { formatUserText } from "./format-user-text";
import type { ImportedWork } from "./imported-work";
import { USER_HTML_TAGS } from "./sanitize-html";
import { escapeText, type SourceBlock, type SourceLine } from "./source-blocks";
import { recogniseWork } from "./work-recogniser";

// Wider than what a writer may post: headings and divs carry the file's structure and are
// consumed here; everything kept in a field goes through formatUserText again.
const READ_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...USER_HTML_TAGS, "h1", "h5", "h6", "div"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["http", "https", "mailto"],
  // AO3's tag list (<dl>) and the document head are metadata, not text.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "head", "title", "dl"],
};
const CONTAINERS = new Set(["blockquote", "ul", "ol"]);
const BREAKS = new Set(["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr"]);
const HEADING_LEVEL: Record<string, 1 | 2 | 3> = { h1: 1, h2: 2, h3: 3 };

/**
 * Reads an .html upload (an AO3 download or a saved page): <h1> title, "by" byline, labelled
 * summary and notes, <h2> chapters, end notes. Inline formatting inside paragraphs is kept.
 * "The End" is handled as in importPlainText.
 */
export function importHtml(html: string): ImportedWork {
  return recogniseWork(blocksFromHtml(html), { render: renderHtml, normaliseTitle: true, labelOwnsOnlyQuotes: true });
}

function renderHtml(blocks: SourceBlock[]): string {
  return formatUserText(blocks.map((block) => block.rawHtml ?? `<p>${block.lines.map((line) => line.html).join("<br />\n")}</p>`).join("\n"));
}

function blocksFromHtml(html: string): SourceBlock[] {
  const clean = sanitizeHtml(html, READ_OPTIONS);
  const blocks: SourceBlock[] = [];
  let lines: SourceLine[] = [];
  let line: SourceLine = { text: "", html: "" };
  let headingTag: string | null = null;
  let container: { tag: string; depth: number; html: string; text: string } | null = null;

  const endLine = () => {
    const text = line.text.replace(/\s+/g, " ").trim();
    if (text) lines.push({ text, html: line.html.replace(/\s+/g, " ").trim() });
    line = { text: "", html: "" };
  };
  const endBlock = () => {
    endLine();
    if (lines.length === 0) return;
    const level = headingTag ? HEADING_LEVEL[headingTag] : undefined;
    const inner = lines.map((l) => l.html).join("<br />");
    // h3/h4 inside a chapter are the writer's own subheadings; keep them as markup.
    const rawHtml = headingTag && !level ? `<h4>${inner}</h4>` : level === 3 ? `<h3>${inner}</h3>` : undefined;
    blocks.push({ lines, gapBefore: 1, gapAfter: 1, ...(level ? { heading: level } : {}), ...(rawHtml ? { rawHtml } : {}) });
    lines = [];
  };

  for (const match of clean.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|[^<]+/gi)) {
    const [token, closing, rawName] = match;
    const name = rawName?.toLowerCase();
    if (container) {
      if (name === container.tag) container.depth += closing ? -1 : 1;
      if (container.depth === 0) {
        const text = container.text.replace(/\s+/g, " ").trim();
        const quotedHtml = container.tag === "blockquote" ? container.html.replace(/^<blockquote[^>]*>/, "") : undefined;
        if (text) blocks.push({ lines: [{ text, html: escapeText(text) }], gapBefore: 1, gapAfter: 1, rawHtml: `${container.html}${token}`, ...(quotedHtml === undefined ? {} : { quotedHtml }) });
        container = null;
      } else {
        container.html += token;
        if (!name) container.text += decodeText(token);
        else if (BREAKS.has(name) || name === "br") container.text += "\n";
      }
    } else if (name && CONTAINERS.has(name) && !closing) {
      endBlock();
      container = { tag: name, depth: 1, html: token, text: "" };
    } else if (name && BREAKS.has(name)) {
      endBlock();
      headingTag = !closing && name.startsWith("h") && name !== "hr" ? name : null;
      if (name === "hr") blocks.push({ lines: [{ text: "", html: "" }], gapBefore: 1, gapAfter: 1, rawHtml: "<hr />" });
    } else if (name === "br") {
      endLine();
    } else if (name) {
      line.html += token;
    } else {
      line.text += decodeText(token);
      line.html += token;
    }
  }
  endBlock();
  return blocks;
}

// The sanitiser escapes text, so only its own entities can appear here.
function decodeText(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " })[name] ?? "");
}
