import { Link } from "@/components/ui/link";
import { userPath } from "@/lib/routes";

type Props = { creators: { user: { username: string } }[]; className?: string };

// "a, b, c": every accepted creator, linked to their profile, in the order they joined.
export function CreatorByline({ creators, className }: Props) {
  return (
    <>
      {creators.map(({ user }, index) => (
        <span key={user.username}>
          {index > 0 && ", "}
          <Link href={userPath(user.username)} className={className} rel="author">
            {user.username}
          </Link>
        </span>
      ))}
    </>
  );
}

export function creatorNames(creators: { user: { username: string } }[]) {
  return creators.map(({ user }) => user.username).join(", ");
}
