import { Link } from "@/components/ui/link";
import { UserHtml } from "@/components/works/user-html";
import { userPath } from "@/lib/routes";
import type { SeriesPage } from "@/lib/series/get-series";

// AO3's series box: creator, dates, words and works of what this reader may see, "Complete".
export function SeriesMeta({ series }: { series: SeriesPage }) {
  return (
    <section aria-label="Series details" className="rounded border border-stone-300 bg-white p-4 text-sm">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Creator:</dt>
        <dd>
          <Link href={userPath(series.creator.username)} className="text-red-900 hover:underline">
            {series.creator.username}
          </Link>
        </dd>
        <dt className="font-semibold">Series Begun:</dt>
        <dd>{series.createdAt.toISOString().slice(0, 10)}</dd>
        <dt className="font-semibold">Series Updated:</dt>
        <dd>{series.updatedAt.toISOString().slice(0, 10)}</dd>
        <dt className="font-semibold">Words:</dt>
        <dd>{series.wordCount.toLocaleString("en")}</dd>
        <dt className="font-semibold">Works:</dt>
        <dd>{series.works.length}</dd>
        <dt className="font-semibold">Complete:</dt>
        <dd>{series.complete ? "Yes" : "No"}</dd>
      </dl>
      {series.summary && (
        <section className="mt-3">
          <h2 className="font-bold">Summary:</h2>
          <UserHtml html={series.summary} />
        </section>
      )}
      {series.notes && (
        <section className="mt-3">
          <h2 className="font-bold">Notes:</h2>
          <UserHtml html={series.notes} />
        </section>
      )}
    </section>
  );
}
