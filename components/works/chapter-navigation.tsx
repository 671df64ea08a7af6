import { Link } from "@/components/ui/link";
import { chapterPath, fullWorkPath } from "@/lib/routes";

type ChapterLink = { id: number; position: number; title: string };
// `label`: the page has this navigation above and below the text; landmarks need distinct names.
type Props = { workId: number; chapters: ChapterLink[]; current?: ChapterLink; fullView: boolean; label?: string };

// AO3's chapter controls: Entire Work / Chapter by Chapter, Previous and Next Chapter, and a
// chapter index that also works without JavaScript (a plain list of links).
export function ChapterNavigation({ workId, chapters, current, fullView, label = "Chapters" }: Props) {
  if (chapters.length < 2) return null;
  const index = current ? chapters.findIndex((chapter) => chapter.id === current.id) : -1;
  const previous = index > 0 ? chapters[index - 1] : undefined;
  const next = index >= 0 ? chapters[index + 1] : undefined;
  const chapterHref = (chapter: ChapterLink) => chapterPath(workId, chapter.id);
  return (
    <nav aria-label={label} className="my-4 flex flex-wrap items-center gap-3 text-sm">
      {fullView ? (
        <Link href={chapterHref(chapters[0]!)} className="rounded border border-stone-400 px-2 py-1">Chapter by Chapter</Link>
      ) : (
        <Link href={fullWorkPath(workId)} className="rounded border border-stone-400 px-2 py-1">Entire Work</Link>
      )}
      {previous && <Link href={chapterHref(previous)} className="rounded border border-stone-400 px-2 py-1">← Previous Chapter</Link>}
      {next && <Link href={chapterHref(next)} className="rounded border border-stone-400 px-2 py-1">Next Chapter →</Link>}
      <details className="relative">
        <summary className="cursor-pointer rounded border border-stone-400 px-2 py-1">Chapter Index</summary>
        <ol className="absolute z-10 mt-1 max-h-80 w-72 overflow-auto rounded border border-stone-300 bg-white p-2 shadow">
          {chapters.map((chapter) => (
            <li key={chapter.id}>
              <Link href={chapterHref(chapter)} aria-current={chapter.id === current?.id ? "page" : undefined} className="block px-1 py-0.5 hover:bg-stone-100">
                {chapter.position}. {chapter.title || `Chapter ${chapter.position}`}
              </Link>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
