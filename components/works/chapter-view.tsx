import { Heading } from "@/components/ui/heading";
import { BeginningNotes, EndNotes } from "@/components/works/notes-block";
import { UserHtml } from "@/components/works/user-html";
import type { ChapterText } from "@/lib/works/get-work";

// One chapter's text with its notes. A one-chapter work shows no chapter heading (AO3); its
// summary and notes then sit one level up, under the work's title.
export function ChapterView({ chapter, showHeading }: { chapter: ChapterText; showHeading: boolean }) {
  const endNotesId = `chapter-${chapter.id}-end-notes`;
  const inner = showHeading ? 3 : 2;
  return (
    <article id={`chapter-${chapter.id}`} aria-label={showHeading ? `Chapter ${chapter.position}` : "Work text"} className="my-6">
      {showHeading && (
        <h2 className="text-xl font-bold">
          Chapter {chapter.position}
          {chapter.title && `: ${chapter.title}`}
          {!chapter.posted && <span className="ml-2 text-sm font-normal text-stone-600">(Draft)</span>}
        </h2>
      )}
      {chapter.summary && (
        <section id={`chapter-${chapter.id}-summary`} className="my-3">
          <Heading level={inner} className="font-bold">Chapter Summary:</Heading>
          <UserHtml html={chapter.summary} />
        </section>
      )}
      <BeginningNotes notes={chapter.notesBegin} hasEndNotes={Boolean(chapter.notesEnd)} scope="chapter" id={`chapter-${chapter.id}-notes`} endNotesId={endNotesId} level={inner} />
      <Heading level={inner} className="sr-only">Chapter Text</Heading>
      <UserHtml html={chapter.body} className="userstuff prose-lg" />
      <EndNotes notes={chapter.notesEnd} id={endNotesId} level={inner} />
    </article>
  );
}
