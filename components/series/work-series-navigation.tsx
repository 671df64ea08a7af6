import { Link } from "@/components/ui/link";
import { seriesPath, workPath } from "@/lib/routes";
import type { SeriesPlace } from "@/lib/series/get-series-place";

const LINK = "rounded border border-stone-400 px-2 py-1";

// AO3's series box on a work: "Part N of <series>", with the nearest parts this reader may see.
export function WorkSeriesNavigation({ place }: { place: SeriesPlace | null }) {
  if (!place) return null;
  return (
    <nav aria-label="Series" className="mt-3 flex flex-wrap items-center justify-center gap-3 text-sm">
      {place.previousWorkId && (
        <Link href={workPath(place.previousWorkId)} className={LINK}>
          <span aria-hidden="true">← </span>Previous Work
        </Link>
      )}
      <span>
        Part {place.part} of{" "}
        <Link href={seriesPath(place.series.id)} className="text-red-900 underline">
          {place.series.title}
        </Link>
      </span>
      {place.nextWorkId && (
        <Link href={workPath(place.nextWorkId)} className={LINK}>
          Next Work<span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
}
