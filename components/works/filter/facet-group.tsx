import type { TagFacet } from "@/lib/works/work-facets";

type Props = { legend: string; name: "include" | "exclude"; facets: TagFacet[]; chosen: string[] };

// One tag type's checkboxes, "Gen (12)", for the most used tags of the current results.
// Chosen tags outside this list stay in the "Other tags" box beside it.
export function FacetGroup({ legend, name, facets, chosen }: Props) {
  if (facets.length === 0) return null;
  const isChosen = (tag: string) => chosen.some((candidate) => candidate.toLowerCase() === tag.toLowerCase());
  return (
    <fieldset className="mt-2">
      <legend className="font-semibold">{legend}</legend>
      <ul className="mt-1 space-y-0.5">
        {facets.map((facet) => (
          <li key={facet.name}>
            <label className="flex items-start gap-2">
              <input type="checkbox" name={name} value={facet.name} defaultChecked={isChosen(facet.name)} className="mt-1" />
              <span>
                {facet.name} ({facet.count})
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
