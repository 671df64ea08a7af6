import { BeginningNotes, EndNotes } from "@/components/works/notes-block";
import { UserHtml } from "@/components/works/user-html";
import type { ChapterText } from "@/lib/works/get-work";

// One chapter's text with its notes. A one-chapter work shows no chapter heading (AO3).
export function ChapterView({ chapter, showHeading }: { chapter: ChapterText; showHeading: boolean }) {
  const endNotesId = `chapter-${chapter.id}-end-notes`;
  return (
    <article id={`chapter-${chapter.id}`} aria-label={showHeading ? `Chapter ${chapter.position}` : "Work text"} className="my-6">
      {showHeading && (
        <h3 className="text-xl font-bold">
          Chapter {chapter.position}
          {chapter.title && `: ${chapter.title}`}
          {!chapter.posted && <span className="ml-2 text-sm font-normal text-stone-600">(Draft)</span>}
        </h3>
      )}
      {chapter.summary && (
        <section id={`chapter-${chapter.id}-summary`} className="my-3">
          <h4 className="font-bold">Chapter Summary:</h4>
          <UserHtml html={chapter.summary} />
        </section>
      )}
      <BeginningNotes notes={chapter.notesBegin} hasEndNotes={Boolean(chapter.notesEnd)} scope="chapter" id={`chapter-${chapter.id}-notes`} endNotesId={endNotesId} />
      <h4 className="sr-only">Chapter Text</h4>
      <UserHtml html={chapter.body} className="userstuff prose-lg" />
      <EndNotes notes={chapter.notesEnd} id={endNotesId} />
    </article>
  );
}
