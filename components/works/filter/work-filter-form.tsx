import { Link } from "@/components/ui/link";
import { MoreOptions } from "@/components/works/filter/more-options";
import { TagFilterSection } from "@/components/works/filter/tag-filter-section";
import { WORK_SORTS, WORK_SORT_LABELS, type WorkFilter } from "@/lib/works/filter-params";
import type { TagFacet } from "@/lib/works/work-facets";

const inputClass = "mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1";

type Props = { filter: WorkFilter; action: string; facets: TagFacet[] };

// AO3's "Sort and Filter" sidebar. A plain GET form: every choice is a query parameter, so a
// filtered list can be shared as a link and works without JavaScript.
export function WorkFilterForm({ filter, action, facets }: Props) {
  const include = [...filter.include, ...(filter.rating ? [filter.rating] : [])];
  return (
    <form method="get" action={action} className="space-y-3 rounded border border-stone-300 bg-white p-3 text-sm" aria-label="Sort and filter works">
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded bg-brand px-3 py-1.5 font-semibold text-on-brand">Sort and Filter</button>
        <Link href={action} className="underline">Clear Filters</Link>
      </div>
      <div>
        <label htmlFor="filter-sort" className="font-semibold">Sort by</label>
        <select id="filter-sort" name="sort" defaultValue={filter.sort} className={inputClass}>
          {WORK_SORTS.map((sort) => (
            <option key={sort} value={sort}>{WORK_SORT_LABELS[sort]}</option>
          ))}
        </select>
      </div>
      <TagFilterSection mode="include" facets={facets} chosen={include} />
      <TagFilterSection mode="exclude" facets={facets} chosen={filter.exclude} />
      <MoreOptions filter={filter} />
      <div className="border-t border-stone-200 pt-2">
        <label htmlFor="filter-q" className="font-semibold">Search within results</label>
        <input id="filter-q" name="q" defaultValue={filter.q ?? ""} className={inputClass} />
      </div>
    </form>
  );
}
