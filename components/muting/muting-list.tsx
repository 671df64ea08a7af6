import { Link } from "@/components/ui/link";
import { MutingButton } from "@/components/muting/muting-button";
import type { FormAction } from "@/lib/forms/form-state";
import { userPath } from "@/lib/routes";

type Props = {
  kind: "mute" | "block";
  heading: string;
  users: { id: number; username: string; since: Date }[];
  max: number;
  action: FormAction<[userId: number]>;
};

const COUNTS = { mute: "muted", block: "blocked" } as const;

// The owner's muted (or blocked) users, each with the button that undoes it, and how many of the
// allowed number are used.
export function MutingList({ kind, heading, users, max, action }: Props) {
  return (
    <section aria-labelledby="muting-heading" className="space-y-4">
      <h1 id="muting-heading" className="text-2xl font-bold">{heading}</h1>
      <p className="text-sm text-stone-600">
        You have {COUNTS[kind]} {users.length.toLocaleString("en")} of at most {max.toLocaleString("en")} users.
      </p>
      {users.length === 0 ? (
        <p>Nobody yet.</p>
      ) : (
        <ul aria-label={heading} className="space-y-2">
          {users.map((user) => (
            <li key={user.id} className="flex flex-wrap items-center gap-4">
              <Link href={userPath(user.username)} className="text-red-900 underline">{user.username}</Link>
              <MutingButton kind={kind} active action={action.bind(null, user.id)} label={user.username} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
