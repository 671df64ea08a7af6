import type { ReactNode } from "react";

type Props = { heading: string; children: ReactNode; digest?: string; retry?: () => void };

// What the error pages show: what happened, the reference that matches the server's log, and a
// way to try again.
export function ErrorCard({ heading, children, digest, retry }: Props) {
  return (
    <div role="alert" className="mx-auto max-w-xl rounded border border-stone-300 bg-white p-6">
      <h1 className="text-xl font-bold">{heading}</h1>
      <p className="mt-2">{children}</p>
      {digest && <p className="mt-2 text-sm text-stone-600">Error reference: {digest}</p>}
      {retry && (
        <button type="button" onClick={retry} className="mt-4 rounded bg-brand px-4 py-2 font-semibold text-on-brand hover:bg-brand-hover">
          Try again
        </button>
      )}
    </div>
  );
}
