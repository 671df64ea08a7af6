import "server-only";
import { isTagKnown } from "@/lib/tags/known-tags";
import { lookUpTag } from "@/lib/tags/lookup-tags";
import { parseWorkFilter } from "@/lib/works/filter-params";
import { filterWorks } from "@/lib/works/filter-works";
import { tagFeedPath, tagWorksPath, workPath } from "@/lib/routes";
import type { AtomFeed } from "./atom";

// A tag's Atom feed: the newest 20 works a guest may see with the tag or any of its synonyms,
// whoever asks (a feed reader has no session, and a feed URL is shared). Null when a guest does
// not know the tag (missing, or only on restricted works or drafts): the same 404 as its page.
export async function getTagFeed(name: string, origin: string): Promise<AtomFeed | null> {
  const tag = await lookUpTag(name);
  if (!tag || !(await isTagKnown(tag.filterIds, null))) return null;
  const { works } = await filterWorks(parseWorkFilter({ sort: "posted" }), null, { tagIds: tag.filterIds }, { total: false });
  const pageUrl = `${origin}${tagWorksPath(tag.canonicalName)}`;
  return {
    id: pageUrl,
    title: `${tag.canonicalName} works on Folio`,
    selfUrl: `${origin}${tagFeedPath(tag.canonicalName)}`,
    alternateUrl: pageUrl,
    updated: works.reduce((latest, work) => (work.revisedAt > latest ? work.revisedAt : latest), new Date(0)),
    entries: works.map((work) => ({
      id: `${origin}${workPath(work.id)}`,
      title: work.title,
      url: `${origin}${workPath(work.id)}`,
      authors: [work.creator.username],
      published: work.publishedAt,
      updated: work.revisedAt,
      summaryHtml: work.summary,
      categories: work.tags.map(({ tag: workTag }) => workTag.name),
    })),
  };
}
