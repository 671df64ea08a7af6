import { expect, type Page } from "@playwright/test";

// "She Isn't Real" quotes song lyrics: each lyric line must render as its own line, inside one
// paragraph, exactly where the writer broke it.
export async function expectLyricLineBreaksKept(page: Page) {
  const lyric = page.getByRole("paragraph").filter({ hasText: "She seemed dressed in all of me," });
  await expect(lyric).toBeVisible();
  const lines = (await lyric.innerText()).split("\n").map((line) => line.trim());
  expect(lines.slice(0, 3)).toEqual([
    "She seemed dressed in all of me,",
    "stretched across my shame.",
    "All the torments and the pain,",
  ]);
}
