import { RadioGroup } from "@/components/ui/radio-group";
import { LANGUAGES } from "@/lib/works/languages";
import type { WorkFilter } from "@/lib/works/filter-params";

const CROSSOVER_OPTIONS = [
  { value: "", label: "Include crossovers" },
  { value: "exclude", label: "Exclude crossovers" },
  { value: "only", label: "Show only crossovers" },
];
const COMPLETION_OPTIONS = [
  { value: "", label: "All works" },
  { value: "true", label: "Complete works only" },
  { value: "false", label: "Works in progress only" },
];

const inputClass = "mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1";
const day = (date?: Date) => (date ? date.toISOString().slice(0, 10) : "");

// AO3's "More Options": crossovers, completion, word count, date updated, language.
export function MoreOptions({ filter }: { filter: WorkFilter }) {
  const completion = filter.complete === undefined ? "" : String(filter.complete);
  const open = Boolean(filter.crossover || completion || filter.words_from || filter.words_to || filter.date_from || filter.date_to || filter.language);
  return (
    <details open={open} className="border-t border-stone-200 pt-2">
      <summary className="cursor-pointer text-base font-bold">More Options</summary>
      <div className="mt-2 space-y-3">
        <RadioGroup legend="Crossovers" name="crossover" options={CROSSOVER_OPTIONS} checked={filter.crossover ?? ""} />
        <RadioGroup legend="Completion status" name="complete" options={COMPLETION_OPTIONS} checked={completion} />
        <fieldset className="grid grid-cols-2 gap-2">
          <legend className="col-span-2 font-semibold">Word Count</legend>
          <label className="text-sm">
            From
            <input name="words_from" inputMode="numeric" defaultValue={filter.words_from ?? ""} className={inputClass} />
          </label>
          <label className="text-sm">
            To
            <input name="words_to" inputMode="numeric" defaultValue={filter.words_to ?? ""} className={inputClass} />
          </label>
        </fieldset>
        <fieldset className="grid grid-cols-2 gap-2">
          <legend className="col-span-2 font-semibold">Date Updated</legend>
          <label className="text-sm">
            From
            <input type="date" name="date_from" defaultValue={day(filter.date_from)} className={inputClass} />
          </label>
          <label className="text-sm">
            To
            <input type="date" name="date_to" defaultValue={day(filter.date_to)} className={inputClass} />
          </label>
        </fieldset>
        <div>
          <label htmlFor="filter-language" className="font-semibold">Language</label>
          <select id="filter-language" name="language" defaultValue={filter.language ?? ""} className={inputClass}>
            <option value="">Any language</option>
            {LANGUAGES.map((language) => (
              <option key={language.code} value={language.code}>{language.name}</option>
            ))}
          </select>
        </div>
      </div>
    </details>
  );
}
