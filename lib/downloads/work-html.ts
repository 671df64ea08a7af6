import type { DownloadWork } from "./work-download";
import { afterwordHtml, chapterHtml, DOWNLOAD_CSS, escapeHtml, prefaceHtml } from "./work-sections";

// A single standalone page: no external stylesheet, font or script, so it reads the same offline.
export function renderWorkHtml(work: DownloadWork): string {
  const chapters = [...work.chapters].sort((a, b) => a.position - b.position);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(work.language || "en")}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(work.title)}</title>
<meta name="author" content="${escapeHtml(work.creator)}" />
<style>
body { max-width: 42em; margin: 0 auto; padding: 1em; }
${DOWNLOAD_CSS}</style>
</head>
<body>
${prefaceHtml(work)}
<div id="chapters">
${chapters.map((chapter) => chapterHtml(work, chapter)).join("\n")}
</div>
${afterwordHtml(work)}
</body>
</html>
`;
}
