"use client";

import { useActionState } from "react";
import { CommentFields } from "@/components/comments/comment-fields";
import { initialFormState, type FormAction } from "@/lib/forms/form-state";

type Props = { workId: number; chapterId: number; asGuest: boolean; action: FormAction };

// The top-level comment form under a chapter (or the entire work).
export function NewCommentForm({ workId, chapterId, asGuest, action }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate aria-label="Leave feedback" className="rounded border border-stone-300 bg-white p-4">
      <CommentFields idPrefix="new-comment" state={state} hidden={{ workId, chapterId }} asGuest={asGuest} />
    </form>
  );
}
