import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { editChapterPath, workPath } from "@/lib/routes";
import { requireOwnWork } from "@/lib/works/require-own-work";
import { updateChapterPositions } from "./actions";

export const metadata: Metadata = { title: "Manage Chapters" };

// Reordering by typing positions: usable with a keyboard and without JavaScript, unlike drag.
export default async function ManageChaptersPage({ params }: { params: Promise<{ id: string }> }) {
  const { work } = await requireOwnWork((await params).id);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-2 text-2xl font-bold">
        Manage Chapters of <Link href={workPath(work.id)} className="text-red-900 underline">{work.title}</Link>
      </h1>
      <p className="mb-4 text-sm text-stone-600">Type the position each chapter should have, then update.</p>
      <ActionForm action={updateChapterPositions.bind(null, work.id)} className="space-y-2">
        <ol className="space-y-2">
          {work.chapters.map((chapter) => {
            const name = `${chapter.position}. ${chapter.title || `Chapter ${chapter.position}`}`;
            return (
              <li key={chapter.id} className="flex items-center gap-3 rounded border border-stone-300 bg-white p-2">
                <label htmlFor={`position-${chapter.id}`} className="flex-1">
                  <span className="sr-only">Position of </span>
                  {name}
                  {!chapter.posted && <span className="ml-2 text-sm text-stone-600">(Draft)</span>}
                </label>
                <input
                  id={`position-${chapter.id}`}
                  name={`position-${chapter.id}`}
                  type="number"
                  min={1}
                  max={work.chapters.length}
                  defaultValue={chapter.position}
                  className="w-20 rounded border border-stone-400 px-2 py-1"
                />
                <Link href={editChapterPath(work.id, chapter.id)} className="text-sm underline">
                  Edit<span className="sr-only"> chapter {chapter.position}</span>
                </Link>
              </li>
            );
          })}
        </ol>
        <SubmitButton>Update Positions</SubmitButton>
      </ActionForm>
    </div>
  );
}
