// Markdown for the results: numbers as a reader scans them, tables as GitHub renders them.
export function formatNumber(value: number | null | undefined, digits?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const places = digits ?? (Math.abs(value) < 10 ? 1 : 0);
  return value.toLocaleString("en", { minimumFractionDigits: places, maximumFractionDigits: places });
}

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

export function markdownTable(headers: string[], rows: string[][], align: ("left" | "right")[] = []): string {
  const rule = headers.map((_, index) => (align[index] === "right" ? "---:" : "---"));
  return [headers, rule, ...rows].map((row, index) => `| ${(index === 1 ? row : row.map(cell)).join(" | ")} |`).join("\n");
}

export const mark = (met: boolean | null) => (met === null ? "—" : met ? "met" : "**missed**");
