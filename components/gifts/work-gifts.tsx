import { ActionForm } from "@/components/ui/action-form";
import { Link } from "@/components/ui/link";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Viewer } from "@/lib/auth/session";
import type { FormAction } from "@/lib/forms/form-state";
import { userPath } from "@/lib/routes";

type Props = { workId: number; viewer: Viewer | null; recipients: { id: number; username: string }[]; refuseGift: FormAction<[workId: number]> };

// "for alice, bob" under the byline; a recipient reading the work may refuse their gift.
export function WorkGifts({ workId, viewer, recipients, refuseGift }: Props) {
  if (recipients.length === 0) return null;
  const isRecipient = recipients.some((recipient) => recipient.id === viewer?.id);
  return (
    <div className="mt-1">
      <p>
        for{" "}
        {recipients.map((recipient, index) => (
          <span key={recipient.id}>
            {index > 0 && ", "}
            <Link href={userPath(recipient.username)} className="text-red-900 underline-offset-2 hover:underline">
              {recipient.username}
            </Link>
          </span>
        ))}
      </p>
      {isRecipient && (
        <ActionForm action={refuseGift.bind(null, workId)} className="mt-2">
          <SubmitButton className="!bg-stone-600 text-sm">Refuse gift</SubmitButton>
        </ActionForm>
      )}
    </div>
  );
}
