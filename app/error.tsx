"use client";

import { ErrorCard } from "@/components/layout/error-card";
import { Link } from "@/components/ui/link";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailableError } from "@/lib/database-unavailable";

type Props = { error: Error & { digest?: string }; retry: () => void };

// Inside the root layout, so the header and its links stay: the reader can go on elsewhere.
// A server error's message is replaced by Next in production; the digest matches the server log.
export default function ErrorPage({ error, retry }: Props) {
  // The database is unreachable (lib/db-health.ts): the next requests get the proxy's 503 page.
  if (isDatabaseUnavailableError(error)) return <ErrorCard heading="Back soon">{DATABASE_UNAVAILABLE_MESSAGE}</ErrorCard>;
  return (
    <ErrorCard heading="Sorry, something went wrong" digest={error.digest} retry={retry}>
      This page couldn&apos;t be shown just now. Trying again often helps; if it keeps happening, go back to{" "}
      <Link href="/works" className="text-red-900 underline">the works</Link> and let the archive&apos;s admins know.
    </ErrorCard>
  );
}
