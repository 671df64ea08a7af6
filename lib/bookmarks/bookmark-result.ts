// What a bookmark write reports: the edge turns each error into a 404 or a message.
export type BookmarkError = "not-found" | "already-bookmarked";

export type BookmarkResult = { ok: true; bookmarkId: number } | { ok: false; error: BookmarkError };

export const ALREADY_BOOKMARKED_MESSAGE = "You have already bookmarked that.";
