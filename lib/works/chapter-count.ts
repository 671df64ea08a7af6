// "2/100", or "2/?" when the writer has not said how many chapters there will be.
export function formatChapterCount(posted: number, expected: number | null): string {
  return `${posted}/${expected ?? "?"}`;
}
