import type { CommentActions } from "@/components/works/feedback-actions";
import type { Viewer } from "@/lib/auth/session";
import type { CommentableWork } from "@/lib/comments/get-commentable-work";

// What every comment on a page needs to know to show itself and its controls.
export type CommentView = {
  work: CommentableWork;
  viewer: Viewer | null;
  actions: CommentActions;
  // On the entire-work view and thread pages, each comment says which chapter it is on.
  showChapter: boolean;
  // Depth of the page's first level: thread pages start deep in a thread.
  baseDepth: number;
  // Without JavaScript, a thread page opens the reply, edit or delete form its link asked for.
  open?: { reply?: number; edit?: number; delete?: number };
  // Where to go after deleting the comment a thread page is about.
  returnTo?: string;
};

// Threads show five levels on one page; deeper replies continue on the comment's own page (AO3).
export const LEVELS_PER_PAGE = 5;
