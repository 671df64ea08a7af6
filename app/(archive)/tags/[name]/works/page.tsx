import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { WorkIndex } from "@/components/works/work-index";
import { getCurrentUser } from "@/lib/auth/session";
import { decodeSegment } from "@/lib/route-params";
import { editTagPath, tagFeedPath, tagWorksPath } from "@/lib/routes";
import { isTagKnown } from "@/lib/tags/known-tags";
import { lookUpTag } from "@/lib/tags/lookup-tags";
import { parseWorkFilter } from "@/lib/works/filter-params";
import { filterWorks } from "@/lib/works/filter-works";
import { getPreferences } from "@/lib/preferences/get-preferences";

type Props = {
  params: Promise<{ name: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const name = decodeSegment((await params).name);
  return {
    title: `Works in ${name ?? "an unknown tag"}`,
    // Feed readers find the tag's Atom feed from the page (<link rel="alternate">).
    alternates: name ? { types: { "application/atom+xml": [{ url: tagFeedPath(name), title: `${name} works` }] } } : undefined,
  };
}

export default async function TagWorksPage({ params, searchParams }: Props) {
  const name = decodeSegment((await params).name);
  if (!name) notFound();
  const [tag, viewer] = await Promise.all([lookUpTag(name), getCurrentUser()]);
  // A tag no work readable by this viewer uses (drafts, restricted works for guests, bookmarks
  // only) has no page for them: the same 404 as a missing tag.
  if (!tag || !(await isTagKnown(tag.filterIds, viewer))) notFound();
  const filter = parseWorkFilter(await searchParams);
  const result = await filterWorks(filter, viewer, { tagIds: tag.filterIds }, { facets: true, preferences: await getPreferences() });
  const synonyms = tag.synonymNames.filter((synonym) => synonym !== tag.canonicalName);
  return (
    <WorkIndex
      heading={
        <>
          Works in {tag.canonicalName}
          {synonyms.length > 0 && (
            <span className="block text-sm font-normal text-stone-600">Also tagged as: {synonyms.join(", ")}</span>
          )}
          {viewer?.role === "ADMIN" && (
            <Link href={editTagPath(tag.canonicalName)} className="ml-2 text-sm font-normal underline">
              Edit tag
            </Link>
          )}
        </>
      }
      links={
        <p className="text-sm">
          <a href={tagFeedPath(tag.canonicalName)} type="application/atom+xml" className="text-red-900 underline">
            Subscribe to the feed
          </a>
        </p>
      }
      basePath={tagWorksPath(name)}
      filter={filter}
      result={result}
    />
  );
}
