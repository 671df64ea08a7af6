"use client";

import { useActionState } from "react";
import { CommentFields } from "@/components/comments/comment-fields";
import { useInlineForm } from "@/components/comments/use-inline-form";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormAction } from "@/lib/forms/form-state";
import { commentPath } from "@/lib/routes";

type Props = { workId: number; chapterId: number; parentId: number; asGuest: boolean; initiallyOpen: boolean; action: FormAction };

// "Reply" under a comment: opens a reply form in place.
export function ReplyControl({ workId, chapterId, parentId, asGuest, initiallyOpen, action }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const { open, toggle } = useInlineForm(state, initiallyOpen);
  const formId = `reply-${parentId}`;
  return (
    <>
      <a href={`${commentPath(parentId)}?reply=${parentId}#${formId}`} onClick={toggle} aria-expanded={open} className="underline">
        Reply
      </a>
      {open ? (
        <form id={formId} action={formAction} noValidate aria-label="Reply" className="mt-2 w-full rounded border border-stone-300 bg-white p-3">
          <CommentFields idPrefix={formId} state={state} hidden={{ workId, chapterId, parentId }} asGuest={asGuest} />
        </form>
      ) : (
        state.status === "success" && <div className="w-full"><FormMessage message={state.message} tone="success" /></div>
      )}
    </>
  );
}
