// Counts words the way AO3's WordCounter does: scripts written with spaces count runs of letters
// and digits, scripts written without them (Chinese, Japanese, Korean) count each character,
// so a work's word count is comparable across languages.
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\uAC00-\uD7A3`;
const WORD = new RegExp(`[${CJK}]|[^\\P{L}${CJK}][\\p{L}\\p{M}\\p{N}]*|\\p{N}[\\p{L}\\p{M}\\p{N}]*`, "gu");
// "don't", "one's" and "well-known" are one word each.
const JOINER = /(?<=[\p{L}\p{M}\p{N}])['’‘\-‐‑](?=[\p{L}\p{N}])/gu;
// Tags that separate words; inline tags (<em>) may sit inside a word.
const BREAKING_TAG = /<\/?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|hr|td|th|tr|dd|dt)\b[^>]*>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ",
  mdash: "—", ndash: "–", hellip: "…", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“",
};

export function countWords(html: string): number {
  const text = decodeEntities(html.replace(BREAKING_TAG, " ").replace(/<[^>]*>/g, ""));
  return text.replace(JOINER, "").match(WORD)?.length ?? 0;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}
