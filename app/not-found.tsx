import { Link } from "@/components/ui/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl rounded border border-stone-300 bg-white p-6">
      <h1 className="text-xl font-bold">Page not found</h1>
      <p className="mt-2">
        Sorry, there&apos;s nothing here. <Link href="/works" className="text-red-900 underline">Browse works</Link>.
      </p>
    </div>
  );
}
