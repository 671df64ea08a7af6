import { describe, expect, test } from "vitest";
import { downloadFilename } from "./download-filename";

describe("downloadFilename", () => {
  test("joins words with underscores and drops apostrophes, like AO3", () => {
    expect(downloadFilename("She Isn't Real", "epub")).toBe("She_Isnt_Real.epub");
    expect(downloadFilename("She Isn’t Real", "html")).toBe("She_Isnt_Real.html");
  });

  test("keeps only ASCII letters, digits, hyphens and underscores", () => {
    expect(downloadFilename("4 > 3 and 2 < 5", "epub")).toBe("4_3_and_2_5.epub");
    expect(downloadFilename('a/b\\c:d*e?"f"<g>|h', "epub")).toBe("a_b_c_d_e_f_g_h.epub");
    expect(downloadFilename("  ...Re-entry!  ", "html")).toBe("Re-entry.html");
  });

  test("turns accented Latin letters into their plain forms", () => {
    expect(downloadFilename("Café au lait — part 2", "epub")).toBe("Cafe_au_lait_part_2.epub");
    expect(downloadFilename("Ærø straße", "epub")).toBe("AEro_strasse.epub");
  });

  test("is never empty, even for a title in another script", () => {
    expect(downloadFilename("日本語", "epub")).toBe("Work.epub");
    expect(downloadFilename("", "html")).toBe("Work.html");
    expect(downloadFilename("!!!", "html")).toBe("Work.html");
  });

  test("cuts a long title to 100 characters", () => {
    const name = downloadFilename(`${"word ".repeat(60)}end`, "epub");
    expect(name.length).toBeLessThanOrEqual(105);
    expect(name).toMatch(/^word_word_.*[a-z]\.epub$/);
  });
});
