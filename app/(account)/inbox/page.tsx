import type { Metadata } from "next";
import { NoticeItem } from "@/components/notices/notice-item";
import { ActionForm } from "@/components/ui/action-form";
import { Pagination } from "@/components/ui/pagination";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireUser } from "@/lib/auth/session";
import { listNotices } from "@/lib/notices/inbox";
import { parsePage } from "@/lib/params/parse-page";
import { inboxPath } from "@/lib/routes";
import { acceptCoCreatorInvitation, markAllRead, rejectCoCreatorInvitation } from "./actions";

export const metadata: Metadata = { title: "Inbox" };

const invitationActions = { accept: acceptCoCreatorInvitation, reject: rejectCoCreatorInvitation };

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await requireUser();
  const page = parsePage((await searchParams).page);
  const { notices, pageCount } = await listNotices(user.id, page);
  const unread = notices.some((notice) => !notice.readAt);
  return (
    <div className="mx-auto max-w-3xl">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Inbox</h1>
        {unread && (
          <ActionForm action={markAllRead}>
            <SubmitButton>Mark all as read</SubmitButton>
          </ActionForm>
        )}
      </div>
      {notices.length === 0 ? (
        <p>Nothing here yet. Subscribe to works and writers to hear about new chapters and works.</p>
      ) : (
        <ol className="space-y-2" aria-label="Notices">
          {notices.map((notice) => (
            <NoticeItem key={notice.id} notice={notice} invitationActions={invitationActions} />
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={inboxPath} />
    </div>
  );
}
