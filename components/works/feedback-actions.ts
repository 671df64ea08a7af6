import type { FormAction } from "@/lib/forms/form-state";

// The Server Actions a work page's feedback area calls. Routes own them and pass them down, so
// components never import a route module.
export type CommentActions = {
  post: FormAction;
  postAsGuest: FormAction;
  edit: FormAction;
  delete: FormAction;
  approve: FormAction;
};

export type FeedbackActions = {
  giveKudos: FormAction<[workId: number]>;
  setWorkSubscription: FormAction<[workId: number]>;
  saveNewBookmark: FormAction<[workId: number]>;
  saveBookmark: FormAction<[bookmarkId: number]>;
  deleteBookmark: FormAction<[bookmarkId: number]>;
  addToReadingList: FormAction<[workId: number]>;
  comments: CommentActions;
  setMarkedForLater: FormAction<[workId: number]>;
  refuseGift: FormAction<[workId: number]>;
};
