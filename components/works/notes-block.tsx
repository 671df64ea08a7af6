import { Heading, type HeadingLevel } from "@/components/ui/heading";
import { UserHtml } from "@/components/works/user-html";

// AO3 shows a "Notes" heading only when there are notes; with end notes it points to them.
type BeginningNotesProps = { notes: string; hasEndNotes: boolean; scope: "work" | "chapter"; id: string; endNotesId: string; level?: HeadingLevel };

// No accessible names on these sections: "Notes" must stay unique to the bookmark form's field.
export function BeginningNotes({ notes, hasEndNotes, scope, id, endNotesId, level = 2 }: BeginningNotesProps) {
  if (!notes && !hasEndNotes) return null;
  return (
    <section id={id} className="my-4 rounded border-l-4 border-stone-300 bg-stone-100 p-3">
      <Heading level={level} className="font-bold">Notes:</Heading>
      <UserHtml html={notes} />
      {hasEndNotes && (
        <p className="mt-2 italic">
          (See the end of the {scope} for <a href={`#${endNotesId}`} className="underline">more notes</a>.)
        </p>
      )}
    </section>
  );
}

export function EndNotes({ notes, id, level = 2 }: { notes: string; id: string; level?: HeadingLevel }) {
  if (!notes) return null;
  return (
    <section id={id} className="my-4 rounded border-l-4 border-stone-300 bg-stone-100 p-3">
      <Heading level={level} className="font-bold">Notes:</Heading>
      <UserHtml html={notes} />
    </section>
  );
}
