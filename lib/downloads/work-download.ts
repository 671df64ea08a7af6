// What a download (EPUB or HTML) needs to know about a work, gathered by the caller from a work
// the reader may see. Summaries, notes and bodyHtml are HTML fragments already sanitised by
// lib/text/sanitize-html.ts; titles, names and labels are plain text, escaped where written out.

export type DownloadChapter = {
  position: number;
  title: string;
  summary: string;
  notesBegin: string;
  notesEnd: string;
  bodyHtml: string;
};

export type DownloadWork = {
  id: number;
  title: string;
  creator: string;
  summary: string;
  notesBegin: string;
  notesEnd: string;
  /** BCP 47 code, as stored on the work ("en", "pt-BR"). */
  language: string;
  publishedAt: Date | null;
  revisedAt: Date;
  wordCount: number;
  /** "1/1", or "2/?" when the creator has not said how many chapters there will be. */
  chapterCount: string;
  /** In display order, e.g. { label: "Rating", names: ["Teen And Up Audiences"] }. */
  tags: { label: string; names: string[] }[];
  /** Canonical URL of the work. */
  url: string;
  chapters: DownloadChapter[];
};
