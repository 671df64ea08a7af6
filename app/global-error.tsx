"use client";

import { Link } from "@/components/ui/link";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailableError } from "@/lib/database-unavailable";
import "./globals.css";

type Props = { error: Error & { digest?: string }; retry: () => void };

// Replaces the root layout when the layout itself fails (the header reads the session and the
// inbox count, so a database outage lands here): it brings its own <html> and a plain header
// that needs nothing from the server.
export default function GlobalError({ error, retry }: Props) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <header className="bg-red-900 text-white">
          <div className="mx-auto max-w-5xl px-4 py-3">
            <Link href="/" className="text-2xl font-bold tracking-tight">Folio</Link>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          <div role="alert" className="mx-auto max-w-xl rounded border border-stone-300 bg-white p-6">
            <title>Something went wrong | Folio</title>
            <h1 className="text-xl font-bold">Sorry, the archive couldn&apos;t load</h1>
            <p className="mt-2">
              {isDatabaseUnavailableError(error)
                ? DATABASE_UNAVAILABLE_MESSAGE
                : "Please try again in a moment. If it keeps happening, the archive may be down for maintenance."}
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
        </main>
      </body>
    </html>
  );
}
