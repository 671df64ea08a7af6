import type { FormValues } from "@/lib/forms/form-state";
import type { ImportedChapter, ImportedWork } from "@/lib/text/imported-work";

function chapterValues(chapter: ImportedChapter) {
  return {
    chapterTitle: chapter.title,
    chapterSummary: chapter.summary,
    chapterNotesBegin: chapter.notesBegin,
    chapterNotesEnd: chapter.notesEnd,
    body: chapter.bodyHtml,
  };
}

// An imported file as the posting form's values: the first chapter in the form's fields, the
// rest as the JSON the posting schema reads back.
export function importedWorkFormValues(work: ImportedWork): FormValues {
  const [first, ...rest] = work.chapters;
  return {
    title: work.title,
    summary: work.summary,
    notesBegin: work.notesBegin,
    notesEnd: work.notesEnd,
    expectedChapters: work.chapters.length > 1 ? String(work.chapters.length) : "1",
    ...(first ? chapterValues(first) : {}),
    extraChapters: rest.length > 0 ? JSON.stringify(rest.map(chapterValues)) : "",
  };
}
