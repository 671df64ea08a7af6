import type { DownloadFormat } from "./download-formats";

// Like AO3's download names ("She Isn't Real" -> "She_Isnt_Real.epub"): ASCII letters, digits,
// hyphens and underscores only, so the name survives every browser, e-reader and file system
// without quoting. Long titles are cut well below file systems' 255-byte limit.
const MAX_BASE_LENGTH = 100;
const FALLBACK_BASE = "Work";

// Latin letters that Unicode does not decompose into a base letter and an accent.
const LATIN_LETTERS: Record<string, string> = {
  Æ: "AE", æ: "ae", Œ: "OE", œ: "oe", Ø: "O", ø: "o", ß: "ss", Þ: "Th", þ: "th",
  Ð: "D", ð: "d", Đ: "D", đ: "d", Ł: "L", ł: "l", ı: "i",
};

export function downloadFilename(title: string, ext: DownloadFormat): string {
  const base = title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "") // "Café" -> "Cafe": accents go, the letters stay
    .replace(/[ÆæŒœØøßÞþÐðĐđŁłı]/g, (letter) => LATIN_LETTERS[letter] ?? "")
    .replace(/['’‘`]/g, "") // "Isn't" -> "Isnt", not "Isn_t"
    .replace(/[^A-Za-z0-9-]+/g, "_")
    .slice(0, MAX_BASE_LENGTH)
    .replace(/^[_-]+|[_-]+$/g, "");
  return `${base || FALLBACK_BASE}.${ext}`;
}
