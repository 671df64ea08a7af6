import { HiddenWorksNotice } from "@/components/preferences/hidden-works-notice";
import { CollapsibleSidebar } from "@/components/ui/collapsible-sidebar";
import { Pagination } from "@/components/ui/pagination";
import { WorkFilterForm } from "@/components/works/filter/work-filter-form";
import { WorkList } from "@/components/works/work-list";
import type { WorkBlurb } from "@/lib/works/blurb-select";
import { workFilterQuery, type WorkFilter } from "@/lib/works/filter-params";
import { WORKS_PER_PAGE } from "@/lib/works/limits";
import type { TagFacet } from "@/lib/works/work-facets";

type Props = {
  heading: React.ReactNode;
  /** Shown under the heading: a tag page's feed link. */
  links?: React.ReactNode;
  basePath: string;
  filter: WorkFilter;
  /** `counting`: the total and the tag counts are still being made (a cold count of a large archive). */
  result: { works: WorkBlurb[]; total: number; page: number; pageCount: number; facets: TagFacet[]; hidden?: number; counting?: boolean };
};

// A filtered, paginated list of works with the filter beside it: /works, tag pages, profiles.
export function WorkIndex({ heading, links, basePath, filter, result }: Props) {
  const first = result.total === 0 ? 0 : (result.page - 1) * WORKS_PER_PAGE + 1;
  const last = Math.min(result.page * WORKS_PER_PAGE, result.total);
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_16rem]">
      <section aria-labelledby="work-index-heading">
        <h1 id="work-index-heading" className="text-2xl font-bold">{heading}</h1>
        {links}
        <p className="mb-4 text-sm text-stone-600" role="status">
          {result.counting
            ? `${first}–${last} of more Works: still counting them, and the tag counts (reload in a minute)`
            : `${first}–${last} of ${result.total.toLocaleString("en")} Works`}
        </p>
        <HiddenWorksNotice hidden={result.hidden ?? 0} showHref={`${basePath}${workFilterQuery(filter, { show_hidden: true, page: 1 })}`} />
        <WorkList works={result.works} />
        <Pagination
          page={result.page}
          pageCount={result.pageCount}
          hrefFor={(page) => `${basePath}${workFilterQuery(filter, { page })}`}
        />
      </section>
      <aside className="md:order-last">
        <CollapsibleSidebar summary="Sort and Filter options">
          <WorkFilterForm filter={filter} action={basePath} facets={result.facets} />
        </CollapsibleSidebar>
      </aside>
    </div>
  );
}
