import { expect, test, type Page } from "./support/test";
import { createUser, createWork } from "./support/fixtures";
import { guestPage, uniqueName } from "./support/works";

type ParsedFeed = { root: string; namespace: string | null; title: string; entries: { title: string; author: string; link: string; updated: string; summary: string; categories: string[] }[] };

// Parsed by the browser's own XML parser, which refuses a document that is not well-formed.
async function parseAtom(page: Page, xml: string): Promise<ParsedFeed> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    const error = doc.getElementsByTagName("parsererror")[0];
    if (error) throw new Error(`Not well-formed XML: ${error.textContent}`);
    const ns = "http://www.w3.org/2005/Atom";
    const text = (parent: Element, name: string) => parent.getElementsByTagNameNS(ns, name)[0]?.textContent ?? "";
    const root = doc.documentElement;
    return {
      root: root.localName,
      namespace: root.namespaceURI,
      title: [...root.children].find((child) => child.localName === "title")?.textContent ?? "",
      entries: [...root.getElementsByTagNameNS(ns, "entry")].map((entry) => ({
        title: text(entry, "title"),
        author: text(entry, "name"),
        link: entry.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href") ?? "",
        updated: text(entry, "updated"),
        summary: text(entry, "summary"),
        categories: [...entry.getElementsByTagNameNS(ns, "category")].map((category) => category.getAttribute("term") ?? ""),
      })),
    };
  }, xml);
}

test("a tag page links its Atom feed, which lists the newest works a guest may see", async ({ browser }) => {
  const writer = await createUser("feeder");
  const tag = uniqueName("Feed & Friends");
  const older = await createWork(writer, { title: uniqueName("Older <one>"), freeforms: [tag], summary: "Two friends & a cat." });
  const newer = await createWork(writer, { title: uniqueName("Newer"), freeforms: [tag] });
  await createWork(writer, { title: uniqueName("Hidden"), freeforms: [tag], restricted: true });

  const guest = await guestPage(browser);
  await guest.goto(`/tags/${encodeURIComponent(tag)}/works`);
  const feedPath = `/tags/${encodeURIComponent(tag)}/feed.atom`;
  await expect(guest.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", feedPath);
  await expect(guest.getByRole("link", { name: "Subscribe to the feed" })).toHaveAttribute("href", feedPath);

  const response = await guest.request.get(feedPath);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/atom\+xml/);
  const feed = await parseAtom(guest, await response.text());
  expect(feed.root).toBe("feed");
  expect(feed.namespace).toBe("http://www.w3.org/2005/Atom");
  expect(feed.title).toContain(tag);
  // Newest first: the later-posted work leads.
  expect(feed.entries.map((entry) => entry.title)).toEqual([newer.title, older.title]);
  const entry = feed.entries[1]!;
  expect(entry.author).toBe(writer.username);
  expect(entry.link).toMatch(new RegExp(`/works/${older.id}$`));
  expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
  expect(entry.summary).toContain("Two friends &amp; a cat.");
  expect(entry.categories).toEqual(expect.arrayContaining([tag, "General Audiences"]));
});

test("a tag a guest does not know has no feed", async ({ browser }) => {
  const writer = await createUser("hider");
  const tag = uniqueName("Feed Secret");
  await createWork(writer, { freeforms: [tag], restricted: true });
  const guest = await guestPage(browser);
  expect((await guest.request.get(`/tags/${encodeURIComponent(tag)}/feed.atom`)).status()).toBe(404);
  expect((await guest.request.get(`/tags/${encodeURIComponent(uniqueName("Feed Nowhere"))}/feed.atom`)).status()).toBe(404);
});
