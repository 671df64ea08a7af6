// The download formats a work offers, as its ?format= parameter names them.
export const DOWNLOAD_FORMATS = ["epub", "html", "pdf"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export function parseDownloadFormat(raw: unknown): DownloadFormat | null {
  return typeof raw === "string" && (DOWNLOAD_FORMATS as readonly string[]).includes(raw) ? (raw as DownloadFormat) : null;
}
