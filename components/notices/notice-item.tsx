import { InvitationAnswer, type InvitationActions } from "@/components/creatorships/invitation-answer";
import { Link } from "@/components/ui/link";
import { commenterName } from "@/lib/comments/commenter-name";
import type { InboxNotice } from "@/lib/notices/inbox";
import { chapterPath, commentPath, workPath } from "@/lib/routes";

// The reader's own row among the work's creatorships: their invitation, or their creatorship once accepted.
function invitationOf(notice: InboxNotice) {
  return notice.work?.creatorships.find((row) => row.userId === notice.userId);
}

function describe(notice: InboxNotice) {
  const work = notice.work;
  if (!work) return { text: "This work has been deleted.", href: null };
  const creators = work.creatorships.filter((row) => row.status === "ACCEPTED").map((row) => row.user.username).join(", ");
  const commenter = notice.comment ? commenterName(notice.comment) : "Someone";
  switch (notice.kind) {
    case "NEW_CHAPTER":
      return {
        text: `New chapter in ${work.title} by ${creators}: Chapter ${notice.chapter?.position ?? ""}${notice.chapter?.title ? `: ${notice.chapter.title}` : ""}`,
        href: notice.chapter ? chapterPath(work.id, notice.chapter.id) : workPath(work.id),
      };
    case "NEW_WORK":
      return { text: `New work by ${creators}: ${work.title}`, href: workPath(work.id) };
    case "COMMENT":
      return { text: `${commenter} commented on ${work.title}`, href: notice.comment ? commentPath(notice.comment.id) : workPath(work.id) };
    case "CREATOR_INVITATION":
      return {
        text: `${invitationOf(notice)?.invitedBy?.username ?? "A creator"} invited you to be a co-creator of ${work.title}`,
        href: work.posted ? workPath(work.id) : null,
      };
    case "REPLY":
      return { text: `${commenter} replied to your comment on ${work.title}`, href: notice.comment ? commentPath(notice.comment.id) : workPath(work.id) };
    case "NEW_SERIES_PART":
      return { text: `New part in ${notice.series?.title ?? "a series"} by ${creators}: ${work.title}`, href: workPath(work.id) };
    case "GIFT":
      return { text: `A gift for you: ${work.title} by ${creators}`, href: workPath(work.id) };
  }
}

export function NoticeItem({ notice, invitationActions }: { notice: InboxNotice; invitationActions: InvitationActions }) {
  const { text, href } = describe(notice);
  return (
    <li className={`rounded border p-3 ${notice.readAt ? "border-stone-200 bg-white" : "border-red-300 bg-red-50"}`}>
      {!notice.readAt && <span className="mr-2 rounded bg-brand px-1.5 text-xs font-semibold text-on-brand">Unread</span>}
      {href ? <Link href={href} className="text-red-900 underline-offset-2 hover:underline">{text}</Link> : text}
      <span className="ml-2 text-sm text-stone-600">{notice.createdAt.toISOString().slice(0, 16).replace("T", " ")}</span>
      {notice.kind === "CREATOR_INVITATION" && notice.work && (
        <InvitationAnswer workId={notice.work.id} status={invitationOf(notice)?.status ?? null} actions={invitationActions} />
      )}
    </li>
  );
}
