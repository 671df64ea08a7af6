import { ActionForm } from "@/components/ui/action-form";
import { Link } from "@/components/ui/link";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Viewer } from "@/lib/auth/session";
import type { FormAction } from "@/lib/forms/form-state";
import type { WorkReading } from "@/lib/work-page/get-work-page";
import { continueReadingPath } from "@/lib/routes";

type Props = { workId: number; isCreator: boolean; viewer: Viewer | null; reading: WorkReading | null; setMarkedForLater: FormAction<[workId: number]> };

// For a logged-in reader of someone else's work: "Continue reading" where they left off, and
// AO3's "Mark for Later" (or "Mark as Read" once marked).
export function ReadingControls({ workId, isCreator, viewer, reading, setMarkedForLater }: Props) {
  if (!viewer || isCreator) return null;
  const resume = reading?.lastReadAt && reading.chapterId && reading.chapter?.posted ? reading : null;
  return (
    <div className="mb-4 flex flex-wrap items-center gap-3 text-sm">
      {resume && (
        <Link href={continueReadingPath(workId, resume.chapterId!, resume.position)} className="font-semibold text-red-900 underline">
          Continue reading<span className="sr-only"> from chapter {resume.chapter?.position}</span>
        </Link>
      )}
      <ActionForm action={setMarkedForLater.bind(null, workId)} className="flex items-center gap-2">
        <input type="hidden" name="intent" value={reading?.toRead ? "unmark" : "mark"} />
        <SubmitButton className="!px-2 !py-1 text-sm">{reading?.toRead ? "Mark as Read" : "Mark for Later"}</SubmitButton>
      </ActionForm>
    </div>
  );
}
