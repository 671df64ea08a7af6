import Link from "next/link";
import { RATINGS } from "@/lib/tags/archive-tags";
import { WORK_SORTS, WORK_SORT_LABELS, type WorkFilter } from "@/lib/works/filter-params";

const inputClass = "mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1";

// AO3's "Sort and Filter" sidebar. A plain GET form: every choice is a query parameter, so a
// filtered list can be shared as a link and works without JavaScript.
export function WorkFilterForm({ filter, action }: { filter: WorkFilter; action: string }) {
  return (
    <form method="get" action={action} className="space-y-3 rounded border border-stone-300 bg-white p-3 text-sm" aria-label="Sort and filter works">
      <div>
        <label htmlFor="filter-sort" className="font-semibold">Sort by</label>
        <select id="filter-sort" name="sort" defaultValue={filter.sort} className={inputClass}>
          {WORK_SORTS.map((sort) => (
            <option key={sort} value={sort}>{WORK_SORT_LABELS[sort]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-include" className="font-semibold">Other tags to include</label>
        <input id="filter-include" name="include" defaultValue={filter.include.join(", ")} className={inputClass} />
      </div>
      <div>
        <label htmlFor="filter-exclude" className="font-semibold">Other tags to exclude</label>
        <input id="filter-exclude" name="exclude" defaultValue={filter.exclude.join(", ")} className={inputClass} />
      </div>
      <div>
        <label htmlFor="filter-rating" className="font-semibold">Rating</label>
        <select id="filter-rating" name="rating" defaultValue={filter.rating ?? ""} className={inputClass}>
          <option value="">Any rating</option>
          {RATINGS.map((rating) => (
            <option key={rating} value={rating}>{rating}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-q" className="font-semibold">Search within results</label>
        <input id="filter-q" name="q" defaultValue={filter.q ?? ""} className={inputClass} />
      </div>
      <div className="flex items-center gap-2">
        <input id="filter-complete" type="checkbox" name="complete" value="true" defaultChecked={filter.complete === true} />
        <label htmlFor="filter-complete">Complete works only</label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded bg-red-900 px-3 py-1.5 font-semibold text-white">Sort and Filter</button>
        <Link href={action} className="underline">Clear Filters</Link>
      </div>
    </form>
  );
}
