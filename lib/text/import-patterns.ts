// Line shapes that fan-fiction files use for structure rather than story. Each test takes one
// line of plain text, already trimmed.

const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";
const NUMBER = `(?:\\d{1,4}|[ivxlc]{1,7}|${NUMBER_WORDS})`;
// Decoration some writers put around headings: "~*~ Chapter 1 ~*~", "== Part 2 ==".
const DECORATION = "[\\s*~=#_+]*";
const SEPARATOR = "\\s*(?:[:.\\-–—|]+\\s*(.*?))?";
const CHAPTER_HEADING = new RegExp(`^${DECORATION}(?:chapter|ch\\.|part)\\s+${NUMBER}${SEPARATOR}${DECORATION}$`, "iu");
const NAMED_CHAPTER = new RegExp(`^${DECORATION}(prologue|epilogue|interlude)${SEPARATOR}${DECORATION}$`, "iu");

/** "Chapter 2: The Storm" → "The Storm"; "Chapter 1" → ""; "Prologue" → "Prologue"; otherwise null. */
export function chapterHeadingTitle(line: string): string | null {
  if (line.length > 120) return null;
  const numbered = CHAPTER_HEADING.exec(line);
  if (numbered) return (numbered[1] ?? "").trim();
  const named = NAMED_CHAPTER.exec(line);
  if (named) return (named[2] ?? "").trim() || capitalise(named[1] ?? "");
  return null;
}

export type LabelKind = "summary" | "notesBegin" | "notesEnd" | "storyStart";
// "chapter" labels say whose they are; "any" ones are the work's or the chapter's by position.
export type LabelScope = "chapter" | "work" | "any";
export type Label = { kind: LabelKind; scope: LabelScope; rest: string };

type LabelRule = { pattern: RegExp; kind: LabelKind; scope: LabelScope; keepLabel?: boolean };

const COLON = "\\s*(?::|$)";
const LABEL_RULES: LabelRule[] = [
  { pattern: new RegExp(`^chapter\\s+summary${COLON}`, "i"), kind: "summary", scope: "chapter" },
  { pattern: new RegExp(`^chapter\\s+end\\s+notes?${COLON}`, "i"), kind: "notesEnd", scope: "chapter" },
  { pattern: new RegExp(`^chapter\\s+notes?${COLON}`, "i"), kind: "notesBegin", scope: "chapter" },
  { pattern: new RegExp(`^end\\s+notes?${COLON}`, "i"), kind: "notesEnd", scope: "work" },
  { pattern: new RegExp(`^summary${COLON}`, "i"), kind: "summary", scope: "any" },
  { pattern: new RegExp(`^(?:author'?s?'?\\s+notes?|a/n|notes?)${COLON}`, "i"), kind: "notesBegin", scope: "any" },
  { pattern: /^a\/n\s*[-–—]/i, kind: "notesBegin", scope: "any" },
  // Kept with their label: "Disclaimer: I do not own…" reads wrong without it.
  { pattern: /^(?:disclaimer|warnings?|dedication|dedicated to|beta(?:'?d)?(?:\s+by)?|rating|pairings?|spoilers?)\s*:/i, kind: "notesBegin", scope: "any", keepLabel: true },
  { pattern: /^(?:chapter|work)\s+text\s*:?$/i, kind: "storyStart", scope: "any" },
];

export function matchLabel(line: string): Label | null {
  for (const rule of LABEL_RULES) {
    const match = rule.pattern.exec(line);
    if (match) return { kind: rule.kind, scope: rule.scope, rest: rule.keepLabel ? line : line.slice(match[0].length).trim() };
  }
  return null;
}

// Lines that only frame the text in the site it was copied from, dropped on import.
const PLACEHOLDERS = [
  /^(?:story|untitled|title|text|preface|afterword|contents)$/i,
  /^\(?see the end of the (?:chapter|work) for (?:more )?notes\.?\)?$/i,
  /^(?:chapter|chapters)\s*:?\s*\d+\s*\/\s*(?:\d+|\?)$/i,
];

export function isPlaceholder(line: string): boolean {
  return PLACEHOLDERS.some((pattern) => pattern.test(line));
}

// AO3's download wrapper: the preface message (which repeats the title) and the closing plea.
export function isArchiveMessage(line: string): boolean {
  return /^posted originally on the\b.*\bat\b/i.test(line) || /^please drop by the archive and comment\b/i.test(line);
}

export function isTableOfContents(line: string): boolean {
  return /^table\s+of\s+contents:?$/i.test(line);
}

export function isNumberedEntry(line: string): boolean {
  return /^\d{1,3}[.)]\s+\S.{0,118}$/.test(line);
}

export function isEndLine(line: string): boolean {
  return /^[\s*~=#_.\-–—]*(?:the\s+end|fin|finis|end)[\s*~=#_.!?\-–—]*$/i.test(line);
}

export function startsDialogue(line: string): boolean {
  return /^[“"‘'«„‹»]/.test(line);
}

/** "Title by Author" on one line, as archives print a byline. */
export function parseByline(line: string): { title: string; creator: string } | null {
  if (line.length > 200 || /[.,;:]$/.test(line) || startsDialogue(line)) return null;
  const match = /^(.+)\s+by:?\s+(\S.{0,80})$/i.exec(line);
  if (!match?.[1] || !match[2] || !looksLikeTitle(match[1])) return null;
  return { title: match[1].trim(), creator: cleanCreator(match[2]) };
}

/** "by Author", "Author: Name", "written by Name" on its own line. */
export function parseCreatorLine(line: string): string | null {
  const match = /^(?:by|written\s+by|author|pseud)\s*:?\s+(\S.{0,80})$/i.exec(line);
  return match?.[1] ? cleanCreator(match[1]) : null;
}

function cleanCreator(name: string): string {
  return straightenQuotes(name.replace(/[.,;:]+$/, "").trim());
}

/** Short, no sentence ending, not dialogue: a line that could be a title. */
export function looksLikeTitle(line: string): boolean {
  return (
    line.length <= 120 &&
    line.split(/\s+/).length <= 15 &&
    /\p{L}/u.test(line) &&
    !/[.,;:]$/.test(line.replace(/\.\.\.$/, "")) &&
    !startsDialogue(line) &&
    chapterHeadingTitle(line) === null &&
    matchLabel(line) === null &&
    !isPlaceholder(line) &&
    !isTableOfContents(line) &&
    !isEndLine(line)
  );
}

export function straightenQuotes(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

const SMALL_WORDS = new Set(["a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs"]);

/**
 * A title found as a line of running text is usually in sentence case only because it was typed
 * like a sentence ("She isn’t real"); an archive lists titles in title case. Anything with
 * deliberate casing (all lower case, inner capitals, already capitalised) is left alone.
 */
export function titleCaseIfSentenceCase(title: string): string {
  const words = title.split(/\s+/);
  const [first, ...others] = words;
  if (!first || others.length === 0 || !/^\p{Lu}/u.test(first)) return title;
  if (!others.every((word) => word === word.toLowerCase())) return title;
  return words
    .map((word, index) => (index > 0 && index < words.length - 1 && SMALL_WORDS.has(word) ? word : capitalise(word)))
    .join(" ");
}

function capitalise(word: string): string {
  return word.replace(/\p{L}/u, (letter) => letter.toUpperCase());
}
