// Paths of the UI contract's routes (../shared/UI-CONTRACT.md), built in one place so that
// names are always URI-encoded and a route's shape changes in one file.
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
export const downloadPath = (workId: number, format: "epub" | "html") => `/works/${workId}/download?format=${format}`;
export const manageChaptersPath = (workId: number) => `/works/${workId}/chapters/manage`;
export const chapterPath = (workId: number, chapterId: number) => `/works/${workId}/chapters/${chapterId}`;
export const editChapterPath = (workId: number, chapterId: number) => `/works/${workId}/chapters/${chapterId}/edit`;
export const tagWorksPath = (name: string) => `/tags/${segment(name)}/works`;
export const editTagPath = (name: string) => `/tags/${segment(name)}/edit`;
export const userPath = (username: string) => `/users/${segment(username)}`;
export const changePasswordPath = (username: string) => `/users/${segment(username)}/change_password`;
export const changeEmailPath = (username: string) => `/users/${segment(username)}/change_email`;
export const deleteAccountPath = (username: string) => `/users/${segment(username)}/delete`;
export const forgotPasswordPath = () => "/users/password/new";
export const resetPasswordPath = (token: string) => `/users/password/edit?reset_password_token=${segment(token)}`;
export const userBookmarksPath = (username: string, page?: number) => withPage(`/users/${segment(username)}/bookmarks`, page);
export const editBookmarkPath = (bookmarkId: number) => `/bookmarks/${bookmarkId}/edit`;
export const commentPath = (commentId: number) => `/comments/${commentId}`;
export const inboxPath = (page?: number) => withPage("/inbox", page);
// Where "Log out everywhere" lands: the log-in page, saying what happened.
export const loggedOutEverywherePath = () => "/login?logged_out=everywhere";
// Where a deleted account's browser lands: the log-in page, saying what happened.
export const accountDeletedPath = () => "/login?account_deleted=1";
export const loginPath = (callbackUrl?: string) =>
  callbackUrl ? `/login?callbackUrl=${segment(callbackUrl)}` : "/login";
