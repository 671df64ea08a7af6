import { Link } from "@/components/ui/link";
import { deleteWorkPath, downloadPath, editChapterPath, editWorkPath, manageChaptersPath, newChapterPath } from "@/lib/routes";

type Props = { workId: number; isCreator: boolean; chapterCount: number; currentChapterId?: number };

const linkClass = "rounded border border-stone-400 bg-white px-2 py-1 hover:bg-stone-100";

// The work's action bar: downloads for every reader; editing for its creator.
export function WorkActions({ workId, isCreator, chapterCount, currentChapterId }: Props) {
  return (
    <nav aria-label="Work actions" className="mb-4 flex flex-wrap gap-2 text-sm">
      {isCreator && (
        <>
          <Link href={editWorkPath(workId)} className={linkClass}>Edit</Link>
          <Link href={newChapterPath(workId)} className={linkClass}>Add Chapter</Link>
          {chapterCount > 1 && <Link href={manageChaptersPath(workId)} className={linkClass}>Manage Chapters</Link>}
          {currentChapterId && (
            <Link href={editChapterPath(workId, currentChapterId)} className={linkClass}>Edit Chapter</Link>
          )}
          <Link href={deleteWorkPath(workId)} className={linkClass}>Delete</Link>
        </>
      )}
      <a href={downloadPath(workId, "epub")} className={linkClass}>Download EPUB</a>
      <a href={downloadPath(workId, "html")} className={linkClass}>Download HTML</a>
      <a href={downloadPath(workId, "pdf")} className={linkClass}>Download PDF</a>
    </nav>
  );
}
