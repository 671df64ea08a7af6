import { languageName } from "@/lib/works/languages";
import type { DownloadChapter, DownloadWork } from "./work-download";

// The parts of a download that the HTML file and the EPUB share, laid out like AO3's downloads:
// a preface (tags, stats, summary, notes), the chapters, then an afterword with the end notes.
// Plain text is escaped here; sanitised HTML fields are inserted as they are.

export const DOWNLOAD_CSS = `body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; }
h1, h2 { line-height: 1.2; }
.message, .byline { text-align: center; }
.meta { margin: 1em 0; }
.meta dl.tags dt { font-weight: bold; float: left; clear: left; margin-right: 0.5em; }
.meta dl.tags dd { margin: 0 0 0.3em 0; }
.meta dl.tags::after { content: ""; display: block; clear: both; }
p.label { font-weight: bold; margin-bottom: 0; }
blockquote.userstuff { margin: 0.3em 0 1em 1.5em; }
.chapter { margin-top: 2em; }
#afterword { margin-top: 3em; border-top: 1px solid #999; }
hr { border: 0; border-top: 1px solid #999; margin: 1.5em 10%; }
`;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// A notes field saved as "<p></p>" or "&nbsp;" is empty to a reader and gets no heading.
function hasText(html: string): boolean {
  return html.replace(/<[^>]*>/g, "").replace(/&nbsp;|&#160;|\s/g, "") !== "";
}

function labelledBlock(label: string, html: string): string {
  if (!hasText(html)) return "";
  return `<p class="label">${escapeHtml(label)}</p>\n<blockquote class="userstuff">${html}</blockquote>\n`;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "Published: 2024-03-01 Updated: 2024-04-15 Words: 12,345 Chapters: 2/?", as plain text. */
export function statsText(work: DownloadWork): string {
  const [posted, expected] = work.chapterCount.split("/");
  const complete = expected !== undefined && expected !== "?" && posted === expected;
  const stats: string[] = [];
  if (work.publishedAt) stats.push(`Published: ${isoDate(work.publishedAt)}`);
  // Like AO3: a one-shot shows only its publication date; a chaptered work says whether it is done.
  if (!complete) stats.push(`Updated: ${isoDate(work.revisedAt)}`);
  else if (posted !== "1") stats.push(`Completed: ${isoDate(work.revisedAt)}`);
  stats.push(`Words: ${work.wordCount.toLocaleString("en-US")}`);
  stats.push(`Chapters: ${work.chapterCount}`);
  return stats.join(" ");
}

function tagList(work: DownloadWork): string {
  const rows = work.tags
    .filter((group) => group.names.length > 0)
    .map((group) => `<dt>${escapeHtml(group.label)}:</dt>\n<dd>${group.names.map(escapeHtml).join(", ")}</dd>`);
  rows.push(`<dt>Language:</dt>\n<dd>${escapeHtml(languageName(work.language))}</dd>`);
  rows.push(`<dt>Stats:</dt>\n<dd>${escapeHtml(statsText(work))}</dd>`);
  return `<dl class="tags">\n${rows.join("\n")}\n</dl>`;
}

function workLink(work: DownloadWork): string {
  const url = escapeHtml(work.url);
  return `<a href="${url}">${url}</a>`;
}

export function prefaceHtml(work: DownloadWork): string {
  return [
    `<div id="preface">`,
    `<p class="message"><strong>${escapeHtml(work.title)}</strong><br />Posted originally at ${workLink(work)}.</p>`,
    `<div class="meta">\n${tagList(work)}\n</div>`,
    `<h1>${escapeHtml(work.title)}</h1>`,
    `<p class="byline">by ${escapeHtml(work.creator)}</p>`,
    labelledBlock("Summary", work.summary) + labelledBlock("Notes", work.notesBegin),
    `</div>`,
  ].join("\n");
}

/** "Chapter 2: The Storm", or "Chapter 2" when it has no title; a one-shot has no heading. */
export function chapterHeading(work: DownloadWork, chapter: DownloadChapter): string | null {
  if (work.chapters.length < 2) return null;
  const title = chapter.title.trim();
  return title ? `Chapter ${chapter.position}: ${title}` : `Chapter ${chapter.position}`;
}

export function chapterHtml(work: DownloadWork, chapter: DownloadChapter): string {
  const heading = chapterHeading(work, chapter);
  const before = labelledBlock("Chapter Summary", chapter.summary) + labelledBlock("Chapter Notes", chapter.notesBegin);
  const after = labelledBlock("Chapter End Notes", chapter.notesEnd);
  return [
    `<div class="chapter" id="chapter-${chapter.position}">`,
    heading === null ? "" : `<h2 class="heading">${escapeHtml(heading)}</h2>`,
    before ? `<div class="meta">\n${before}</div>` : "",
    `<div class="userstuff">\n${chapter.bodyHtml}\n</div>`,
    after ? `<div class="meta">\n${after}</div>` : "",
    `</div>`,
  ]
    .filter(Boolean)
    .join("\n");
}

export function afterwordHtml(work: DownloadWork): string {
  return [
    `<div id="afterword">`,
    labelledBlock("End Notes", work.notesEnd),
    `<p class="message">Please drop by the archive and comment to let the creator know if you enjoyed their work!<br />${workLink(work)}</p>`,
    `</div>`,
  ]
    .filter(Boolean)
    .join("\n");
}
