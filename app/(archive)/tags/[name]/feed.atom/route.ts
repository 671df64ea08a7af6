import { siteOrigin } from "@/lib/auth/site-origin";
import { renderAtomFeed } from "@/lib/feeds/atom";
import { getTagFeed } from "@/lib/feeds/tag-feed";
import { decodeSegment } from "@/lib/route-params";

// A tag's Atom feed: what a guest may see, the same for everyone, so shared caches may keep it
// for a few minutes.
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const name = decodeSegment((await params).name);
  const feed = name ? await getTagFeed(name, await siteOrigin()) : null;
  if (!feed) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(renderAtomFeed(feed), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
