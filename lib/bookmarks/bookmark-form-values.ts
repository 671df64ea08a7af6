import type { FormValues } from "@/lib/forms/form-state";

type SavedBookmark = { notes: string; rec: boolean; private: boolean; tags: { tag: { name: string } }[] };

// A saved bookmark as the form's starting values, in the same shape a submit produces.
export function bookmarkFormValues(bookmark: SavedBookmark): FormValues {
  return {
    notes: bookmark.notes,
    tags: bookmark.tags.map((link) => link.tag.name).sort((a, b) => a.localeCompare(b)).join(", "),
    rec: bookmark.rec ? "on" : "",
    private: bookmark.private ? "on" : "",
  };
}
