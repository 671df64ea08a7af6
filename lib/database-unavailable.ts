// Shared by the server (which marks the error) and the error pages (which show the sentence): a
// server error reaches the browser only as its digest, so the digest is the mark.
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

export const DATABASE_UNAVAILABLE_MESSAGE = "The archive is taking a short break — try again in a minute.";

export function isDatabaseUnavailableError(error: { digest?: string }): boolean {
  return error.digest === DATABASE_UNAVAILABLE_DIGEST;
}
