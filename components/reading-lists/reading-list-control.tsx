import { Link } from "@/components/ui/link";
import { AddToListForm } from "@/components/reading-lists/add-to-list-form";
import type { Viewer } from "@/lib/auth/session";
import type { FormAction } from "@/lib/forms/form-state";
import type { OwnReadingList } from "@/lib/reading-lists/list-reading-lists";
import { userReadingListsPath } from "@/lib/routes";

type Props = { workId: number; viewer: Viewer | null; lists: OwnReadingList[]; addToList: FormAction<[workId: number]> };

// "Add to list" under a work, for a logged-in reader with at least one list.
export function ReadingListControl({ workId, viewer, lists, addToList }: Props) {
  if (!viewer) return null;
  if (lists.length === 0) return null;
  return (
    <section aria-label="Your lists" className="space-y-1">
      <AddToListForm lists={lists} action={addToList.bind(null, workId)} />
      <p className="text-sm">
        <Link href={userReadingListsPath(viewer.username)} className="underline">Your reading lists</Link>
      </p>
    </section>
  );
}
