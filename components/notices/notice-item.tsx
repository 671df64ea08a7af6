import { Link } from "@/components/ui/link";
import { commenterName } from "@/lib/comments/commenter-name";
import type { InboxNotice } from "@/lib/notices/inbox";
import { chapterPath, commentPath, workPath } from "@/lib/routes";

function describe(notice: InboxNotice) {
  const work = notice.work;
  if (!work) return { text: "This work has been deleted.", href: null };
  const commenter = notice.comment ? commenterName(notice.comment) : "Someone";
  switch (notice.kind) {
    case "NEW_CHAPTER":
      return {
        text: `New chapter in ${work.title} by ${work.creator.username}: Chapter ${notice.chapter?.position ?? ""}${notice.chapter?.title ? `: ${notice.chapter.title}` : ""}`,
        href: notice.chapter ? chapterPath(work.id, notice.chapter.id) : workPath(work.id),
      };
    case "NEW_WORK":
      return { text: `New work by ${work.creator.username}: ${work.title}`, href: workPath(work.id) };
    case "COMMENT":
      return { text: `${commenter} commented on ${work.title}`, href: notice.comment ? commentPath(notice.comment.id) : workPath(work.id) };
    case "REPLY":
      return { text: `${commenter} replied to your comment on ${work.title}`, href: notice.comment ? commentPath(notice.comment.id) : workPath(work.id) };
  }
}

export function NoticeItem({ notice }: { notice: InboxNotice }) {
  const { text, href } = describe(notice);
  return (
    <li className={`rounded border p-3 ${notice.readAt ? "border-stone-200 bg-white" : "border-red-300 bg-red-50"}`}>
      {!notice.readAt && <span className="mr-2 rounded bg-red-900 px-1.5 text-xs font-semibold text-white">Unread</span>}
      {href ? <Link href={href} className="text-red-900 underline-offset-2 hover:underline">{text}</Link> : text}
      <span className="ml-2 text-sm text-stone-600">{notice.createdAt.toISOString().slice(0, 16).replace("T", " ")}</span>
    </li>
  );
}
