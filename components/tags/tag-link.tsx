import { Link } from "@/components/ui/link";
import { tagWorksPath } from "@/lib/routes";

export function TagLink({ name, className = "" }: { name: string; className?: string }) {
  return (
    <Link href={tagWorksPath(name)} className={`text-red-900 underline-offset-2 hover:underline ${className}`}>
      {name}
    </Link>
  );
}
