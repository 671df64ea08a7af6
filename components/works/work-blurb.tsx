import { CreatorByline } from "@/components/creatorships/creator-byline";
import { Link } from "@/components/ui/link";
import { TagLink } from "@/components/tags/tag-link";
import { UserHtml } from "@/components/works/user-html";
import { WorkStats } from "@/components/works/work-stats";
import { workPath } from "@/lib/routes";
import type { WorkBlurb as WorkBlurbData } from "@/lib/works/blurb-select";
import { groupTags } from "@/lib/works/group-tags";

// AO3's listing card: title and creator, fandoms, required tags, date, tags, summary, stats.
export function WorkBlurb({ work }: { work: WorkBlurbData }) {
  const tagsOf = groupTags(work.tags);
  const required = [...tagsOf("RATING"), ...tagsOf("WARNING"), ...tagsOf("CATEGORY")];
  const tags = [...tagsOf("WARNING"), ...tagsOf("RELATIONSHIP"), ...tagsOf("CHARACTER"), ...tagsOf("FREEFORM")];
  return (
    <article className="rounded border border-stone-300 bg-white p-4" aria-labelledby={`work-${work.id}-title`}>
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={`work-${work.id}-title`} className="text-lg font-semibold">
            <Link href={workPath(work.id)} className="text-red-900 hover:underline">
              {work.title}
            </Link>{" "}
            <span className="font-normal">
              by{" "}
              <CreatorByline creators={work.creatorships} className="hover:underline" />
            </span>
          </h2>
          <p className="text-sm">
            <span className="sr-only">Fandoms: </span>
            {tagsOf("FANDOM").map((name, index) => (
              <span key={name}>
                {index > 0 && ", "}
                <TagLink name={name} />
              </span>
            ))}
          </p>
        </div>
        <p className="text-sm text-stone-600">{work.revisedAt.toISOString().slice(0, 10)}</p>
      </header>
      <p className="mt-1 text-xs text-stone-700">
        {required.join(" · ")} · {work.complete ? "Complete Work" : "Work in Progress"}
        {work.restricted && " · Restricted"}
        {!work.posted && " · Draft"}
      </p>
      {tags.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-x-2 gap-y-1 text-sm" aria-label="Tags">
          {tags.map((name) => (
            <li key={name}>
              <TagLink name={name} />
            </li>
          ))}
        </ul>
      )}
      {work.summary && (
        <section className="mt-2">
          <UserHtml html={work.summary} className="prose-sm" />
        </section>
      )}
      <div className="mt-3 border-t border-stone-200 pt-2">
        <WorkStats stats={work} />
      </div>
    </article>
  );
}
