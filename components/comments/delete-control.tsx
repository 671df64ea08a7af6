"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormAction } from "@/lib/forms/form-state";
import { commentPath } from "@/lib/routes";

type Props = { commentId: number; initiallyOpen: boolean; returnTo?: string; action: FormAction };

// "Delete" asks first, as AO3 does; without JavaScript the link opens the question on the comment's page.
export function DeleteControl({ commentId, initiallyOpen, returnTo, action }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <>
      <a
        href={`${commentPath(commentId)}?delete=${commentId}#comment-${commentId}`}
        onClick={(event) => {
          event.preventDefault();
          setOpen(!open);
        }}
        aria-expanded={open}
        className="underline"
      >
        Delete
      </a>
      {open && (
        <form action={formAction} className="mt-2 flex w-full flex-wrap items-center gap-3 rounded bg-red-50 p-3">
          <input type="hidden" name="commentId" value={commentId} />
          {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
          <span>Are you sure you want to delete this comment?</span>
          {state.status === "error" && <FormMessage message={state.message} />}
          <SubmitButton>Yes, delete</SubmitButton>
          <a
            href={`${commentPath(commentId)}#comment-${commentId}`}
            onClick={(event) => {
              event.preventDefault();
              setOpen(false);
            }}
            className="underline"
          >
            Cancel
          </a>
        </form>
      )}
    </>
  );
}
