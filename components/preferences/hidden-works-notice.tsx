import { Link } from "@/components/ui/link";

// "N works hidden by your preferences. Show them" — the link shows them for this listing only.
export function HiddenWorksNotice({ hidden, showHref }: { hidden: number; showHref: string }) {
  if (hidden === 0) return null;
  return (
    <p className="mb-4 text-sm">
      {hidden.toLocaleString("en")} {hidden === 1 ? "work" : "works"} hidden by your preferences.{" "}
      <Link href={showHref} className="text-red-900 underline">Show them</Link>
    </p>
  );
}
