import { formatUserText } from "@/lib/text/format-user-text";
import { countWords } from "@/lib/text/word-count";
import type { ChapterInput } from "@/lib/chapters/schema";

// A chapter's fields as stored: sanitised HTML and the word count computed on the server.
export function chapterData(input: Omit<ChapterInput, "position">) {
  const body = formatUserText(input.body);
  return {
    title: input.chapterTitle,
    summary: formatUserText(input.chapterSummary),
    notesBegin: formatUserText(input.chapterNotesBegin),
    notesEnd: formatUserText(input.chapterNotesEnd),
    body,
    wordCount: countWords(body),
  };
}
