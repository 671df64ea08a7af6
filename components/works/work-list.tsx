import { WorkBlurb } from "@/components/works/work-blurb";
import type { WorkBlurb as WorkBlurbData } from "@/lib/works/blurb-select";

export function WorkList({ works, label = "Works" }: { works: WorkBlurbData[]; label?: string }) {
  if (works.length === 0) return <p>No works found.</p>;
  return (
    <ol className="space-y-4" aria-label={label}>
      {works.map((work) => (
        <li key={work.id}>
          <WorkBlurb work={work} />
        </li>
      ))}
    </ol>
  );
}
