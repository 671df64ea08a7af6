import { cleanStructure } from "./structure-cleanup";
import { readEnd } from "./end-matter";
import { readFront, type FoundMetadata } from "./front-matter";
import type { ImportedChapter, ImportedWork } from "./imported-work";
import { chapterHeadingTitle, isTableOfContents, matchLabel, startsDialogue, straightenQuotes, titleCaseIfSentenceCase } from "./import-patterns";
import type { NoteField, NoteItem } from "./note-item";
import { firstLine, type SourceBlock } from "./source-blocks";

export type RecogniserOptions = {
  // Turns recognised blocks into field HTML; each importer knows how its lines were written.
  render: (blocks: SourceBlock[]) => string;
  // Plain-text titles were typed as lines of text; HTML <h1> titles were typed into a title field.
  normaliseTitle: boolean;
  // In AO3's HTML a bare "Notes" label owns only the <blockquote> after it; in plain text,
  // "Notes:" on its own line owns the next paragraph.
  labelOwnsOnlyQuotes: boolean;
};

type Section = { title: string; items: NoteItem[]; body: SourceBlock[]; endItems: NoteItem[] };

// Unheaded text before "Chapter 1" longer than this is a prologue, not an author's note.
const PROLOGUE_MIN_CHARS = 1500;

export function recogniseWork(input: SourceBlock[], options: RecogniserOptions): ImportedWork {
  const blocks = cleanStructure(input);
  const found: FoundMetadata = { title: null, fromHeading: false, creator: null, firstContentSeen: false, storySeen: false };
  const [front, ...headed] = splitSections(blocks);

  const sections: Section[] = [];
  const workItems: NoteItem[] = [];
  // The end is read first so that notes after a short story are never taken for notes before it.
  const readSection = (title: string, sectionBlocks: SourceBlock[]): Section => {
    const end = readEnd(sectionBlocks);
    const opening = readFront(end.body, found, options.labelOwnsOnlyQuotes);
    return { title, items: opening.items, body: opening.story, endItems: end.items };
  };
  if (headed.length === 0) {
    sections.push(readSection("", front?.blocks ?? []));
  } else {
    const frontRead = readFront(front?.blocks ?? [], found, options.labelOwnsOnlyQuotes);
    workItems.push(...frontRead.items.map((item): NoteItem => ({ ...item, scope: item.scope === "chapter" ? "chapter" : "work" })));
    if (isPrologue(frontRead.story)) sections.push(readSection("", frontRead.story));
    else if (frontRead.story.length) workItems.push({ field: "notesBegin", scope: "work", blocks: frontRead.story });
    for (const section of headed) sections.push(readSection(section.title, section.blocks));
  }

  const work: Record<NoteField, SourceBlock[]> = { summary: [], notesBegin: [], notesEnd: [] };
  const drafts = sections.map(() => ({ summary: [], notesBegin: [], notesEnd: [], body: [] as SourceBlock[] }) as Record<NoteField | "body", SourceBlock[]>);
  const place = (item: NoteItem, index: number, belongsToWork: boolean) => {
    const target = item.scope === "chapter" || !belongsToWork ? drafts[index] : work;
    target?.[item.field].push(...item.blocks);
  };
  // Leading "chapter" items from before the first heading belong to the first chapter.
  for (const item of workItems) place(item, 0, item.scope !== "chapter");
  const single = sections.length === 1;
  sections.forEach((section, index) => {
    const isFirst = index === 0;
    const isLast = index === sections.length - 1;
    for (const item of section.items) place(item, index, single || (item.scope === "work" && isFirst));
    const draft = drafts[index];
    if (draft) draft.body = section.body;
    for (const item of section.endItems) place(item, index, single ? item.scope !== "chapter" : item.scope === "work" && isLast);
  });

  const render = (fieldBlocks: SourceBlock[]) => (fieldBlocks.length ? options.render(fieldBlocks) : "");
  const chapters: ImportedChapter[] = sections.map((section, index) => {
    const draft = drafts[index];
    return {
      title: section.title,
      summary: render(draft?.summary ?? []),
      notesBegin: render(draft?.notesBegin ?? []),
      notesEnd: render(draft?.notesEnd ?? []),
      bodyHtml: render(draft?.body ?? []),
    };
  });
  return {
    title: workTitle(found, chapters, options),
    creatorName: found.creator,
    summary: render(work.summary),
    notesBegin: render(work.notesBegin),
    notesEnd: render(work.notesEnd),
    chapters,
  };
}

function workTitle(found: FoundMetadata, chapters: ImportedChapter[], options: RecogniserOptions): string {
  if (found.title === null) return chapters.find((chapter) => chapter.title)?.title ?? "Untitled";
  if (!options.normaliseTitle || found.fromHeading) return found.title;
  // Straight quotes so the title sorts and searches like one typed on a keyboard.
  return titleCaseIfSentenceCase(straightenQuotes(found.title));
}

function headingTitle(block: SourceBlock): string | null {
  if (block.lines.length !== 1) return null;
  const text = firstLine(block);
  const chapter = chapterHeadingTitle(text);
  if (chapter !== null) return chapter;
  // <h2> is AO3's chapter heading; a writer's own <h3> inside a chapter stays in the text.
  const isSectionHeading = block.heading === 2;
  return isSectionHeading && !matchLabel(text) && !isTableOfContents(text) ? text : null;
}

function splitSections(blocks: SourceBlock[]): { title: string; blocks: SourceBlock[] }[] {
  const sections = [{ title: "", blocks: [] as SourceBlock[] }];
  for (const block of blocks) {
    const title = headingTitle(block);
    if (title !== null) sections.push({ title, blocks: [] });
    else sections.at(-1)?.blocks.push(block);
  }
  return sections;
}

function isPrologue(story: SourceBlock[]): boolean {
  const text = story.flatMap((block) => block.lines.map((line) => line.text));
  return text.some(startsDialogue) || text.join(" ").length > PROLOGUE_MIN_CHARS;
}
