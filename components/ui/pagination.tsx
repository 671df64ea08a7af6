import { Link } from "@/components/ui/link";

type Props = { page: number; pageCount: number; hrefFor: (page: number) => string };

export function Pagination({ page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1).filter(
    (candidate) => candidate === 1 || candidate === pageCount || Math.abs(candidate - page) <= 2,
  );
  return (
    <nav aria-label="Pagination" className="mt-6 flex flex-wrap items-center gap-2">
      {page > 1 && <Link href={hrefFor(page - 1)} rel="prev">← Previous</Link>}
      {pages.map((candidate, index) => (
        <span key={candidate} className="flex gap-2">
          {index > 0 && candidate - (pages[index - 1] ?? candidate) > 1 && <span aria-hidden>…</span>}
          {candidate === page ? (
            <span aria-current="page" className="font-bold">{candidate}</span>
          ) : (
            <Link href={hrefFor(candidate)} className="underline">{candidate}</Link>
          )}
        </span>
      ))}
      {page < pageCount && <Link href={hrefFor(page + 1)} rel="next">Next →</Link>}
    </nav>
  );
}
