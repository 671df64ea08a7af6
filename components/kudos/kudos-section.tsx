import { Link } from "@/components/ui/link";
import { KudosButton } from "@/components/kudos/kudos-button";
import type { Viewer } from "@/lib/auth/session";
import type { FormAction } from "@/lib/forms/form-state";
import { kudosSentence } from "@/lib/kudos/kudos-sentence";
import { kudosSummary } from "@/lib/kudos/kudos-summary";
import { userPath } from "@/lib/routes";

type Props = { workId: number; creatorId: number; viewer: Viewer | null; giveKudos: FormAction<[workId: number]> };

// The kudos button (never on your own work) and who has left kudos, newest first.
export async function KudosSection({ workId, creatorId, viewer, giveKudos }: Props) {
  const parts = kudosSentence(await kudosSummary(workId));
  return (
    <section aria-label="Kudos" className="space-y-2">
      {viewer?.id !== creatorId && <KudosButton action={giveKudos.bind(null, workId)} />}
      {parts.length > 0 && (
        <p className="text-sm" id="kudos-list">
          {parts.map((part, index) =>
            part.username ? (
              <Link key={index} href={userPath(part.username)} className="text-red-900 hover:underline">
                {part.text}
              </Link>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
        </p>
      )}
    </section>
  );
}
