import epub, { type Chapter, type Options } from "epub-gen-memory";
import { CONTENT_OPF_TEMPLATE, TOC_NCX_TEMPLATE } from "./epub-templates";
import type { DownloadWork } from "./work-download";
import { afterwordHtml, chapterHeading, chapterHtml, DOWNLOAD_CSS, prefaceHtml } from "./work-sections";

// Read by the templates in epub-templates.ts; epub-gen-memory passes unknown options through.
type PackageMetadata = { identifier: string; published: string; modified: string; subjects: string[] };

/**
 * An EPUB 3 (with an NCX for older readers): a preface file, then one XHTML file per chapter,
 * the work's end notes closing the last one. epub-gen-memory parses each fragment and writes it
 * back as XML, so `<br>` becomes `<br/>` and text entities stay escaped. No fonts or cover are
 * given, and images are dropped (see withoutImages), so nothing is fetched while it is built.
 */
export async function renderWorkEpub(work: DownloadWork): Promise<Buffer> {
  const chapters = [...work.chapters].sort((a, b) => a.position - b.position);
  const content: (Chapter & { id: string })[] = [
    { id: "preface", filename: "preface.xhtml", title: "Preface", content: withoutImages(prefaceHtml(work)) },
    ...chapters.map((chapter, index) => ({
      id: `chapter-${chapter.position}`,
      filename: `chapter-${chapter.position}.xhtml`,
      title: chapterHeading(work, chapter) ?? work.title,
      content: withoutImages(chapterHtml(work, chapter) + (index === chapters.length - 1 ? afterwordHtml(work) : "")),
    })),
  ];
  const options: Options & PackageMetadata = {
    title: work.title,
    author: work.creator,
    lang: work.language || "en",
    css: DOWNLOAD_CSS,
    tocTitle: "Contents",
    tocInTOC: false,
    numberChaptersInTOC: false,
    prependChapterTitles: false,
    contentOPF: CONTENT_OPF_TEMPLATE,
    tocNCX: TOC_NCX_TEMPLATE,
    version: 3,
    verbose: false,
    identifier: work.url,
    published: work.publishedAt ? work.publishedAt.toISOString().slice(0, 10) : "",
    // EPUB 3 requires dcterms:modified as CCYY-MM-DDThh:mm:ssZ, without milliseconds.
    modified: `${work.revisedAt.toISOString().slice(0, 19)}Z`,
    subjects: work.tags.flatMap((group) => group.names),
  };
  return epub(options, content);
}

// epub-gen-memory downloads every <img src> into the book, which on a server would mean fetching
// any URL a writer chose. The sanitiser allows no images today; this keeps EPUB export safe if
// that ever changes. In sanitised HTML every "<" in text is escaped, so "<img" is always a tag.
function withoutImages(html: string): string {
  return html.replace(/<img\b[^>]*>/gi, "");
}
