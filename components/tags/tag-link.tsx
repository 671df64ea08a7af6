import Link from "next/link";

export function tagWorksHref(name: string) {
  return `/tags/${encodeURIComponent(name)}/works`;
}

export function TagLink({ name, className = "" }: { name: string; className?: string }) {
  return (
    <Link href={tagWorksHref(name)} className={`text-red-900 underline-offset-2 hover:underline ${className}`}>
      {name}
    </Link>
  );
}
