import { sanitizeUserHtml, USER_HTML_TAGS } from "./sanitize-html";

const USER_TAG = new RegExp(`</?(?:${USER_HTML_TAGS.join("|")})\\b[^>]*>`, "i");
// Tags that already make their own block; text between them is what needs paragraphs.
const BLOCK_TAGS = new Set(["p", "blockquote", "h2", "h3", "h4", "ul", "ol", "li", "hr"]);
const PARAGRAPH_BREAK = /\n[^\S\n]*(?:\n[^\S\n]*)+/;
const PARAGRAPH_BREAK_ALL = new RegExp(PARAGRAPH_BREAK.source, "g");
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Turns what a writer typed or pasted into safe HTML. Plain text keeps its shape: a blank line
 * starts a paragraph and a single newline is a line break, because lyrics and poetry depend on it.
 * HTML is sanitised, and bare text between its blocks gets the same paragraph treatment (as
 * AO3's parser does), so a mix of pasted tags and typed blank lines still reads right.
 */
export function formatUserText(input: string): string {
  const text = input.replace(/\r\n?/g, "\n").replace(ZERO_WIDTH, "");
  if (text.trim() === "") return "";
  if (!USER_TAG.test(text)) return sanitizeUserHtml(paragraphsFromPlainText(text));
  return sanitizeUserHtml(paragraphsAroundBlocks(sanitizeUserHtml(text)));
}

function paragraphsFromPlainText(text: string): string {
  return text
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => `<p>${paragraph.split("\n").map((line) => escapeText(line.trim())).join("<br />\n")}</p>`)
    .join("\n");
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// Works on sanitiser output, which is well formed and escapes every "<" in text, so a tag
// regex sees every tag and nothing else.
function paragraphsAroundBlocks(html: string): string {
  const out: string[] = [];
  let run = "";
  let blockDepth = 0;
  let inlineDepth = 0;
  const flushRun = () => {
    out.push(paragraphsFromHtmlRun(run));
    run = "";
  };
  for (const match of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|[^<]+/gi)) {
    const [token, closing, rawName] = match;
    const name = rawName?.toLowerCase();
    if (name && BLOCK_TAGS.has(name)) {
      if (blockDepth === 0 && inlineDepth === 0) flushRun();
      if (name !== "hr") blockDepth += closing ? -1 : 1;
      out.push(token);
    } else if (blockDepth > 0) {
      out.push(token);
    } else {
      if (name && name !== "br") inlineDepth = Math.max(0, inlineDepth + (closing ? -1 : 1));
      // A blank line inside <em>…</em> cannot become a paragraph without breaking the nesting,
      // so it stays a visible gap instead.
      run += !name && inlineDepth > 0 ? token.replace(PARAGRAPH_BREAK_ALL, "<br />\n<br />\n") : token;
    }
  }
  flushRun();
  return out.join("");
}

function paragraphsFromHtmlRun(run: string): string {
  return run
    .split(PARAGRAPH_BREAK)
    .map((part) => part.trim())
    .filter((part) => part.replace(/<br \/>/g, "").trim() !== "")
    // A pasted <br> followed by a newline is one break, not two.
    .map((part) => `<p>${part.replace(/(?:<br \/>)?[^\S\n]*\n[^\S\n]*/g, "<br />\n")}</p>`)
    .join("\n");
}
