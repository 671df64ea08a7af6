import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms/form-state";

type Props = {
  creators: string[];
  invited: string[];
  leave: (state: FormState, formData: FormData) => Promise<FormState>;
};

// The edit page's creators: who they are, who is invited, and the way out for the viewer.
export function WorkCreators({ creators, invited, leave }: Props) {
  return (
    <section aria-labelledby="creators-heading" className="space-y-2 rounded border border-stone-300 bg-white p-4">
      <h2 id="creators-heading" className="text-lg font-bold">Creators</h2>
      <p>{creators.join(", ")}</p>
      {invited.length > 0 && <p className="text-sm text-stone-700">Invited, not yet accepted: {invited.join(", ")}</p>}
      <ActionForm action={leave}>
        <SubmitButton className="!bg-stone-600">Remove me as co-creator</SubmitButton>
      </ActionForm>
    </section>
  );
}
