import type { ReactNode } from "react";
import { CreatorByline } from "@/components/creatorships/creator-byline";
import { BeginningNotes } from "@/components/works/notes-block";
import { UserHtml } from "@/components/works/user-html";
import { WorkMeta } from "@/components/works/work-meta";
import type { ReadableWork } from "@/lib/works/get-work";

export const WORK_END_NOTES_ID = "work-end-notes";

// Everything above the first chapter: tags and stats, title, creators, summary, work notes.
// `children` follow the byline (gifts, the series box).
export function WorkPreface({ work, children }: { work: ReadableWork; children?: ReactNode }) {
  return (
    <>
      <WorkMeta work={work} />
      <header className="mt-6 text-center">
        {!work.posted && <p className="mb-2 inline-block rounded bg-amber-100 px-2 text-sm font-semibold">Draft</p>}
        <h1 className="text-3xl font-bold">{work.title}</h1>
        <p className="mt-1 text-lg">
          by{" "}
          <CreatorByline creators={work.creatorships} className="text-red-900 underline-offset-2 hover:underline" />
        </p>
        {children}
      </header>
      {work.summary && (
        <section id="work-summary" className="my-4">
          <h2 className="font-bold">Summary:</h2>
          <UserHtml html={work.summary} />
        </section>
      )}
      <BeginningNotes notes={work.notesBegin} hasEndNotes={Boolean(work.notesEnd)} scope="work" id="work-notes" endNotesId={WORK_END_NOTES_ID} />
    </>
  );
}
