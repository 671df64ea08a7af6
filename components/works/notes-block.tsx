import { UserHtml } from "@/components/works/user-html";

// AO3 shows a "Notes" heading only when there are notes; with end notes it points to them.
type BeginningNotesProps = { notes: string; hasEndNotes: boolean; scope: "work" | "chapter"; id: string; endNotesId: string };

// No accessible names on these sections: "Notes" must stay unique to the bookmark form's field.
export function BeginningNotes({ notes, hasEndNotes, scope, id, endNotesId }: BeginningNotesProps) {
  if (!notes && !hasEndNotes) return null;
  return (
    <section id={id} className="my-4 rounded border-l-4 border-stone-300 bg-stone-100 p-3">
      <h3 className="font-bold">Notes:</h3>
      <UserHtml html={notes} />
      {hasEndNotes && (
        <p className="mt-2 italic">
          (See the end of the {scope} for <a href={`#${endNotesId}`} className="underline">more notes</a>.)
        </p>
      )}
    </section>
  );
}

export function EndNotes({ notes, id }: { notes: string; id: string }) {
  if (!notes) return null;
  return (
    <section id={id} className="my-4 rounded border-l-4 border-stone-300 bg-stone-100 p-3">
      <h3 className="font-bold">Notes:</h3>
      <UserHtml html={notes} />
    </section>
  );
}
