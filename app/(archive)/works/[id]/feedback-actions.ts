import type { FeedbackActions } from "@/components/works/feedback-actions";
import { confirmDeleteBookmark, saveBookmark, saveNewBookmark } from "../../bookmarks/actions";
import { commentActions } from "../../comments/comment-actions";
import { addToReadingListAction } from "../../lists/actions";
import { refuseGiftAction } from "../../users/[username]/gifts/actions";
import { giveKudos, setMarkedForLaterAction, setWorkSubscription } from "./actions";

// Everything a reader can do below a work's text, handed to the page's components.
export const feedbackActions: FeedbackActions = {
  giveKudos,
  setWorkSubscription,
  saveNewBookmark,
  saveBookmark,
  deleteBookmark: confirmDeleteBookmark,
  addToReadingList: addToReadingListAction,
  comments: commentActions,
  setMarkedForLater: setMarkedForLaterAction,
  refuseGift: refuseGiftAction,
};
