// What an uploaded file turns into before the writer reviews it in the posting form.
// Every summary, note and body field is HTML that has been through formatUserText.
export type ImportedChapter = { title: string; summary: string; notesBegin: string; notesEnd: string; bodyHtml: string };

export type ImportedWork = {
  title: string;
  creatorName: string | null;
  summary: string;
  notesBegin: string;
  notesEnd: string;
  chapters: ImportedChapter[];
};
