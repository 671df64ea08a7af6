import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "@/lib/forms/form-state";

export type InvitationActions = { accept: FormAction<[workId: number]>; reject: FormAction<[workId: number]> };

type Props = { workId: number; status: "INVITED" | "ACCEPTED" | null; actions: InvitationActions };

// Under a co-creator invitation in the inbox: "Accept" and "Reject" while it is open, then what
// became of it.
export function InvitationAnswer({ workId, status, actions }: Props) {
  if (status === "ACCEPTED") return <p className="mt-2 text-sm">You accepted: you are a creator of this work.</p>;
  if (status === null) return <p className="mt-2 text-sm">This invitation is no longer open.</p>;
  return (
    <div className="mt-2 flex flex-wrap gap-2">
      <ActionForm action={actions.accept.bind(null, workId)}>
        <SubmitButton>Accept</SubmitButton>
      </ActionForm>
      <ActionForm action={actions.reject.bind(null, workId)}>
        <SubmitButton className="!bg-stone-600">Reject</SubmitButton>
      </ActionForm>
    </div>
  );
}
