import { Link } from "@/components/ui/link";
import { LogOutButton } from "@/components/auth/log-out-button";
import { getSignedIn } from "@/lib/auth/session";
import { preferencesPath, userPath } from "@/lib/routes";

export async function SiteHeader() {
  const signedIn = await getSignedIn();
  const user = signedIn?.viewer;
  const unread = signedIn?.unreadNotices ?? 0;
  return (
    <header className="bg-brand text-on-brand">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-2xl font-bold tracking-tight">
          Folio
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-4 text-sm">
          <Link href="/works" className="hover:underline">Works</Link>
          <Link href={preferencesPath()} className="hover:underline">Preferences</Link>
          {user ? (
            <>
              <Link href="/works/new" className="hover:underline">Post New</Link>
              <Link href="/inbox" className="hover:underline">
                Inbox{unread > 0 && <span className="ml-1 rounded-full bg-white px-1.5 text-xs font-bold text-red-900">{unread}<span className="sr-only"> unread</span></span>}
              </Link>
              <Link href={userPath(user.username)} className="hover:underline">
                {user.username}
              </Link>
              <LogOutButton />
            </>
          ) : (
            <>
              <Link href="/login" className="hover:underline">Log in</Link>
              <Link href="/signup" className="hover:underline">Sign up</Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
