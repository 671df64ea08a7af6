import { Link } from "@/components/ui/link";
import { ADULT_CONTENT_MESSAGE } from "@/lib/works/adult-content";

type Props = { title: string; creator: string; continueHref: string; backHref: string; download?: boolean };

// Shown instead of a Mature or Explicit work's text until the reader says yes. Plain links, so it
// works without script; "Yes, Continue" carries view_adult=true (lib/works/adult-content.ts).
// `download`: the reader asked for a download, which starts when they continue.
export function AdultContentCheck({ title, creator, continueHref, backHref, download = false }: Props) {
  const linkClass = "rounded border border-stone-400 bg-white px-3 py-1 hover:bg-stone-100";
  return (
    <div className="mx-auto max-w-3xl">
      <h2 className="text-2xl font-bold">{title}</h2>
      <p className="mb-6 text-stone-700">by {creator}</p>
      <section aria-labelledby="adult-check-heading" className="rounded border border-amber-600 bg-amber-50 p-4 text-stone-900">
        <h3 id="adult-check-heading" className="mb-2 font-bold">Adult Content Warning</h3>
        <p>{ADULT_CONTENT_MESSAGE}</p>
        {download && <p className="mt-2 text-sm">Your download starts when you continue.</p>}
        <p className="mt-4 flex gap-3">
          {/* A full page load: the answer must reach proxy.ts, which keeps it for the session. */}
          <a href={continueHref} className={linkClass}>Yes, Continue</a>
          <Link href={backHref} className={linkClass}>No, Go Back</Link>
        </p>
      </section>
    </div>
  );
}
