// True when a path has a percent-sign that does not start valid UTF-8 (`/tags/%E0%A4%A/works`).
// Next decodes route params itself and, for such a path, fails with a 500 before any page runs.
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
