"use client";

import { useActionState } from "react";
import { CommentFields } from "@/components/comments/comment-fields";
import { useInlineForm } from "@/components/comments/use-inline-form";
import { initialFormState, type FormAction } from "@/lib/forms/form-state";
import { commentPath } from "@/lib/routes";

type Props = { commentId: number; body: string; initiallyOpen: boolean; action: FormAction };

// "Edit" under one's own comment: the stored text in a form in place.
export function EditControl({ commentId, body, initiallyOpen, action }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const { open, toggle } = useInlineForm(state, initiallyOpen);
  const formId = `edit-${commentId}`;
  return (
    <>
      <a href={`${commentPath(commentId)}?edit=${commentId}#${formId}`} onClick={toggle} aria-expanded={open} className="underline">
        Edit
      </a>
      {open && (
        <form id={formId} action={formAction} noValidate aria-label="Edit feedback" className="mt-2 w-full rounded border border-stone-300 bg-white p-3">
          <CommentFields idPrefix={formId} state={state} hidden={{ commentId }} defaultBody={body} submitLabel="Update" />
        </form>
      )}
    </>
  );
}
