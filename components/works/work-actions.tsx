import Link from "next/link";

type Props = { workId: number; isCreator: boolean; chapterCount: number; currentChapterId?: number };

const linkClass = "rounded border border-stone-400 bg-white px-2 py-1 hover:bg-stone-100";

// The work's action bar: downloads for every reader; editing for its creator.
export function WorkActions({ workId, isCreator, chapterCount, currentChapterId }: Props) {
  return (
    <nav aria-label="Work actions" className="mb-4 flex flex-wrap gap-2 text-sm">
      {isCreator && (
        <>
          <Link href={`/works/${workId}/edit`} className={linkClass}>Edit</Link>
          <Link href={`/works/${workId}/chapters/new`} className={linkClass}>Add Chapter</Link>
          {chapterCount > 1 && <Link href={`/works/${workId}/chapters/manage`} className={linkClass}>Manage Chapters</Link>}
          {currentChapterId && (
            <Link href={`/works/${workId}/chapters/${currentChapterId}/edit`} className={linkClass}>Edit Chapter</Link>
          )}
          <Link href={`/works/${workId}/delete`} className={linkClass}>Delete</Link>
        </>
      )}
      <a href={`/works/${workId}/download?format=epub`} className={linkClass}>Download EPUB</a>
      <a href={`/works/${workId}/download?format=html`} className={linkClass}>Download HTML</a>
    </nav>
  );
}
