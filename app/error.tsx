"use client";

import { Link } from "@/components/ui/link";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailableError } from "@/lib/database-unavailable";

type Props = { error: Error & { digest?: string }; retry: () => void };

// Inside the root layout, so the header and its links stay: the reader can go on elsewhere.
// A server error's message is replaced by Next in production; the digest matches the server log.
export default function ErrorPage({ error, retry }: Props) {
  // The database is unreachable (lib/db-health.ts): the next requests get the proxy's 503 page.
  if (isDatabaseUnavailableError(error)) {
    return (
      <div role="alert" className="mx-auto max-w-xl rounded border border-stone-300 bg-white p-6">
        <h1 className="text-xl font-bold">Back soon</h1>
        <p className="mt-2">{DATABASE_UNAVAILABLE_MESSAGE}</p>
      </div>
    );
  }
  return (
    <div role="alert" className="mx-auto max-w-xl rounded border border-stone-300 bg-white p-6">
      <h1 className="text-xl font-bold">Sorry, something went wrong</h1>
      <p className="mt-2">
        This page couldn&apos;t be shown just now. Trying again often helps; if it keeps happening, go back to{" "}
        <Link href="/works" className="text-red-900 underline">the works</Link> and let the archive&apos;s admins know.
      </p>
      {error.digest && <p className="mt-2 text-sm text-stone-600">Error reference: {error.digest}</p>}
      <button
        type="button"
        onClick={retry}
        className="mt-4 rounded bg-red-900 px-4 py-2 font-semibold text-white hover:bg-red-800"
      >
        Try again
      </button>
    </div>
  );
}
