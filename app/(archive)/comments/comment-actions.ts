import type { CommentActions } from "@/components/works/feedback-actions";
import { approveCommentAction, deleteCommentAction, editCommentAction, postCommentAction, postGuestCommentAction } from "./actions";

export const commentActions: CommentActions = {
  post: postCommentAction,
  postAsGuest: postGuestCommentAction,
  edit: editCommentAction,
  delete: deleteCommentAction,
  approve: approveCommentAction,
};
