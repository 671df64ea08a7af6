"use client";

import { ErrorCard } from "@/components/layout/error-card";
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
        <header className="bg-brand text-on-brand">
          <div className="mx-auto max-w-5xl px-4 py-3">
            <Link href="/" className="text-2xl font-bold tracking-tight">Folio</Link>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          <title>Something went wrong | Folio</title>
          <ErrorCard heading={"Sorry, the archive couldn't load"} digest={error.digest} retry={retry}>
            {isDatabaseUnavailableError(error)
              ? DATABASE_UNAVAILABLE_MESSAGE
              : "Please try again in a moment. If it keeps happening, the archive may be down for maintenance."}
          </ErrorCard>
        </main>
      </body>
    </html>
  );
}
