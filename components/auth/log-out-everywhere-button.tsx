import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/forms/form-state";

// Ends every session of the account, this one included; on success the action clears this
// browser's cookie and sends it to the log-in page, which says what happened.
export function LogOutEverywhereButton({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} className="flex flex-wrap items-center gap-2">
      <SubmitButton className="px-3 py-1 text-sm">Log out everywhere</SubmitButton>
    </ActionForm>
  );
}
