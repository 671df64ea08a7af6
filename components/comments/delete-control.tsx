"use client";

import { useState } from "react";
import { deleteCommentAction } from "@/app/(archive)/comments/actions";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = { commentId: number; initiallyOpen: boolean; returnTo?: string };

// "Delete" asks first, as AO3 does; without JavaScript the link opens the question on the comment's page.
export function DeleteControl({ commentId, initiallyOpen, returnTo }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <>
      <a
        href={`/comments/${commentId}?delete=${commentId}#comment-${commentId}`}
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
        <form action={deleteCommentAction} className="mt-2 flex w-full flex-wrap items-center gap-3 rounded bg-red-50 p-3">
          <input type="hidden" name="commentId" value={commentId} />
          {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
          <span>Are you sure you want to delete this comment?</span>
          <SubmitButton>Yes, delete</SubmitButton>
          <a
            href={`/comments/${commentId}#comment-${commentId}`}
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
