import { existsSync } from "node:fs";
import path from "node:path";

// PDF's 14 standard fonts only know WinAnsi (Latin-1 and a few typographic marks), so text
// in Greek, Cyrillic or with many symbols needs an embedded font. Folio embeds DejaVu Serif
// (subset to the glyphs used) when the machine has it — Debian's fonts-dejavu-core, or the folder
// in PDF_FONT_DIR — and otherwise writes Times with every character outside WinAnsi replaced
// (accents dropped where that leaves a Latin letter, else "?"), so a download never fails.

export type PdfFontSet = {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
  /** Makes text writable in these fonts (identity for an embedded Unicode font). */
  prepare: (text: string) => string;
  unicode: boolean;
};

const DEJAVU_FILES = {
  regular: "DejaVuSerif.ttf",
  bold: "DejaVuSerif-Bold.ttf",
  italic: "DejaVuSerif-Italic.ttf",
  boldItalic: "DejaVuSerif-BoldItalic.ttf",
};

const FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts/dejavu"];

export const STANDARD_FONTS: PdfFontSet = {
  regular: "Times-Roman",
  bold: "Times-Bold",
  italic: "Times-Italic",
  boldItalic: "Times-BoldItalic",
  prepare: toWinAnsi,
  unicode: false,
};

let found: PdfFontSet | undefined;

export function pdfFonts(): PdfFontSet {
  found ??= unicodeFonts() ?? STANDARD_FONTS;
  return found;
}

export function unicodeFonts(dirs: string[] = [process.env.PDF_FONT_DIR ?? "", ...FONT_DIRS]): PdfFontSet | null {
  for (const dir of dirs.filter(Boolean)) {
    const files = Object.values(DEJAVU_FILES).map((file) => path.join(dir, file));
    if (!files.every((file) => existsSync(file))) continue;
    const [regular, bold, italic, boldItalic] = files as [string, string, string, string];
    return { regular, bold, italic, boldItalic, prepare: (text) => text, unicode: true };
  }
  return null;
}

// The characters WinAnsi adds above Latin-1's printable range (0x80–0x9F in cp1252).
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char);
}

// Latin letters that Unicode does not decompose into a base letter and an accent.
const PLAIN_LETTERS: Record<string, string> = { Ł: "L", ł: "l", Đ: "D", đ: "d", Ħ: "H", ħ: "h", ı: "i" };

export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text) {
    if (isWinAnsi(char)) out += char;
    else {
      const plain = PLAIN_LETTERS[char] ?? char.normalize("NFKD").replace(/\p{M}+/gu, "");
      out += plain !== "" && [...plain].every(isWinAnsi) ? plain : "?";
    }
  }
  return out;
}
