import { Link } from "@/components/ui/link";

// Missing, draft and restricted works look the same to someone who may not read them.
export default function WorkNotFound() {
  return (
    <div className="mx-auto max-w-xl rounded border border-stone-300 bg-white p-6">
      <h1 className="text-xl font-bold">Sorry, we couldn&apos;t find that work</h1>
      <p className="mt-2">
        It may have been deleted, or it may be only available to registered users of the Archive.{" "}
        <Link href="/login" className="text-red-900 underline">Log in</Link> to see restricted works.
      </p>
    </div>
  );
}
