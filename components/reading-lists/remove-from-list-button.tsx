import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/forms/form-state";

// "Remove" beside a work on the owner's list page; the bookmark itself stays.
export function RemoveFromListButton({ bookmarkId, title, action }: { bookmarkId: number; title: string; action: FormAction }) {
  return (
    <ActionForm action={action}>
      <input type="hidden" name="bookmarkId" value={bookmarkId} />
      <SubmitButton className="!bg-stone-600 !px-3 !py-1 text-sm">
        Remove<span className="sr-only"> {title} from this list</span>
      </SubmitButton>
    </ActionForm>
  );
}
