import { FacetGroup } from "@/components/works/filter/facet-group";
import type { TagType } from "@/lib/generated/prisma/enums";
import type { TagFacet } from "@/lib/works/work-facets";

const FACET_TYPES: { type: TagType; label: string }[] = [
  { type: "RATING", label: "Ratings" },
  { type: "WARNING", label: "Warnings" },
  { type: "CATEGORY", label: "Categories" },
  { type: "FANDOM", label: "Fandoms" },
  { type: "CHARACTER", label: "Characters" },
  { type: "RELATIONSHIP", label: "Relationships" },
  { type: "FREEFORM", label: "Additional Tags" },
];

type Props = { mode: "include" | "exclude"; facets: TagFacet[]; chosen: string[] };

// AO3's "Include" / "Exclude" blocks: the top tags of the results by type, and a free box.
export function TagFilterSection({ mode, facets, chosen }: Props) {
  const title = mode === "include" ? "Include" : "Exclude";
  const facetNames = new Set(facets.map((facet) => facet.name.toLowerCase()));
  const typed = chosen.filter((tag) => !facetNames.has(tag.toLowerCase()));
  return (
    <details open={mode === "include" || chosen.length > 0} className="border-t border-stone-200 pt-2">
      <summary className="cursor-pointer text-base font-bold">{title}</summary>
      {FACET_TYPES.map(({ type, label }) => (
        <FacetGroup
          key={type}
          legend={`${title} ${label}`}
          name={mode}
          facets={facets.filter((facet) => facet.type === type)}
          chosen={chosen}
        />
      ))}
      <div className="mt-2">
        <label htmlFor={`filter-${mode}`} className="font-semibold">
          Other tags to {mode}
        </label>
        <input
          id={`filter-${mode}`}
          name={mode}
          defaultValue={typed.join(", ")}
          className="mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1"
        />
      </div>
    </details>
  );
}
