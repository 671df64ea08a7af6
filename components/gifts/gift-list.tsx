import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { WorkBlurb } from "@/components/works/work-blurb";
import type { FormAction } from "@/lib/forms/form-state";
import type { WorkBlurb as WorkBlurbData } from "@/lib/works/blurb-select";

type Props = { works: WorkBlurbData[]; refuseGift: FormAction<[workId: number]> | null };

// The works a user received; their own page offers "Refuse gift" under each.
export function GiftList({ works, refuseGift }: Props) {
  if (works.length === 0) return <p>No gifts yet.</p>;
  return (
    <ol className="space-y-4" aria-label="Gifts">
      {works.map((work) => (
        <li key={work.id}>
          <WorkBlurb work={work} />
          {refuseGift && (
            <ActionForm action={refuseGift.bind(null, work.id)} className="mt-2" aria-label={`Refuse ${work.title}`}>
              <SubmitButton className="!bg-stone-600 text-sm">
                Refuse gift<span className="sr-only">: {work.title}</span>
              </SubmitButton>
            </ActionForm>
          )}
        </li>
      ))}
    </ol>
  );
}
