import { Link } from "@/components/ui/link";
import { KudosButton } from "@/components/kudos/kudos-button";
import type { FormAction } from "@/lib/forms/form-state";
import { kudosSentence } from "@/lib/kudos/kudos-sentence";
import type { KudosSummary } from "@/lib/kudos/kudos-summary";
import { userPath } from "@/lib/routes";

type Props = { workId: number; isCreator: boolean; kudos: KudosSummary; giveKudos: FormAction<[workId: number]> };

// The kudos button (never on a work you are a creator of) and who has left kudos, newest first.
export function KudosSection({ workId, isCreator, kudos, giveKudos }: Props) {
  const parts = kudosSentence(kudos);
  return (
    <section aria-label="Kudos" className="space-y-2">
      {!isCreator && <KudosButton action={giveKudos.bind(null, workId)} />}
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
