// Paths of the UI contract's routes (../shared/UI-CONTRACT.md), built in one place so that
// names are always URI-encoded and a route's shape changes in one file.
import type { DownloadFormat } from "@/lib/downloads/download-formats";

const segment = encodeURIComponent;

// Page 1 is the bare path, so the first page has one address.
const withPage = (path: string, page?: number) => (page && page > 1 ? `${path}?page=${page}` : path);

export const homePath = () => "/";
export const worksPath = () => "/works";
export const newWorkPath = () => "/works/new";
export const workPath = (workId: number) => `/works/${workId}`;
export const fullWorkPath = (workId: number) => `/works/${workId}?view=full`;
export const editWorkPath = (workId: number) => `/works/${workId}/edit`;
export const newChapterPath = (workId: number) => `/works/${workId}/chapters/new`;
export const deleteWorkPath = (workId: number) => `/works/${workId}/delete`;
export const downloadPath = (workId: number, format: DownloadFormat) => `/works/${workId}/download?format=${format}`;
export const manageChaptersPath = (workId: number) => `/works/${workId}/chapters/manage`;
export const chapterPath = (workId: number, chapterId: number) => `/works/${workId}/chapters/${chapterId}`;
export const editChapterPath = (workId: number, chapterId: number) => `/works/${workId}/chapters/${chapterId}/edit`;
export const tagWorksPath = (name: string) => `/tags/${segment(name)}/works`;
export const tagFeedPath = (name: string) => `/tags/${segment(name)}/feed.atom`;
export const editTagPath = (name: string) => `/tags/${segment(name)}/edit`;
export const userPath = (username: string) => `/users/${segment(username)}`;
export const userStatsPath = (username: string) => `/users/${segment(username)}/stats`;
export const changePasswordPath = (username: string) => `/users/${segment(username)}/change_password`;
export const changeEmailPath = (username: string) => `/users/${segment(username)}/change_email`;
export const deleteAccountPath = (username: string) => `/users/${segment(username)}/delete`;
export const forgotPasswordPath = () => "/users/password/new";
export const resetPasswordPath = (token: string) => `/users/password/edit?reset_password_token=${segment(token)}`;
export const userBookmarksPath = (username: string, page?: number) => withPage(`/users/${segment(username)}/bookmarks`, page);
export const userGiftsPath = (username: string, page?: number) => withPage(`/users/${segment(username)}/gifts`, page);
export const seriesPath = (seriesId: number) => `/series/${seriesId}`;
export const editSeriesPath = (seriesId: number) => `/series/${seriesId}/edit`;
export const userMutedPath = (username: string) => `/users/${segment(username)}/muted`;
export const userBlockedPath = (username: string) => `/users/${segment(username)}/blocked`;
export const userReadingListsPath = (username: string) => `/users/${segment(username)}/lists`;
export const readingListPath = (listId: number, page?: number) => withPage(`/lists/${listId}`, page);
export const editBookmarkPath = (bookmarkId: number) => `/bookmarks/${bookmarkId}/edit`;
export const commentPath = (commentId: number) => `/comments/${commentId}`;
export const preferencesPath = () => "/preferences";
export const readingsPath = (username: string, show?: "to-read") => `/users/${segment(username)}/readings${show ? `?show=${show}` : ""}`;
// A chapter at the place the reader left it (thousandths of its length; the page scrolls there).
export const continueReadingPath = (workId: number, chapterId: number, position: number) =>
  `/works/${workId}/chapters/${chapterId}${position > 0 ? `?at=${position}` : ""}`;
export const inboxPath = (page?: number) => withPage("/inbox", page);
// Where "Log out everywhere" lands: the log-in page, saying what happened.
export const loggedOutEverywherePath = () => "/login?logged_out=everywhere";
// Where a deleted account's browser lands: the log-in page, saying what happened.
export const accountDeletedPath = () => "/login?account_deleted=1";
export const loginPath = (callbackUrl?: string) =>
  callbackUrl ? `/login?callbackUrl=${segment(callbackUrl)}` : "/login";
