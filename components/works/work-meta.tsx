import { TagLink } from "@/components/tags/tag-link";
import { WorkStats } from "@/components/works/work-stats";
import type { ReadableWork } from "@/lib/works/get-work";
import { groupTags } from "@/lib/works/group-tags";
import { TAG_TYPE_LABELS, TAG_TYPE_ORDER } from "@/lib/tags/tag-types";

// The tag box at the top of a work (AO3's "work meta group"), ending with the stats line.
export function WorkMeta({ work }: { work: ReadableWork }) {
  const tagsOf = groupTags(work.tags);
  return (
    <section aria-label="Work tags and stats" className="rounded border border-stone-300 bg-white p-4 text-sm">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {TAG_TYPE_ORDER.filter((type) => tagsOf(type).length > 0).map((type) => (
          <div key={type} className="contents">
            <dt className="font-semibold">{TAG_TYPE_LABELS[type]}:</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-2">
                {tagsOf(type).map((name) => (
                  <li key={name}>
                    <TagLink name={name} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-3 border-t border-stone-200 pt-2">
        <WorkStats stats={work} showDates />
      </div>
    </section>
  );
}
