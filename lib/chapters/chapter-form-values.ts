import type { FormValues } from "@/lib/forms/form-state";

type SavedChapter = { title: string; summary: string; notesBegin: string; notesEnd: string; body: string };

export function chapterFormValues(chapter: SavedChapter): FormValues {
  return {
    chapterTitle: chapter.title,
    chapterSummary: chapter.summary,
    chapterNotesBegin: chapter.notesBegin,
    chapterNotesEnd: chapter.notesEnd,
    body: chapter.body,
  };
}
