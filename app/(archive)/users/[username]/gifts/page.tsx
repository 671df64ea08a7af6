import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GiftList } from "@/components/gifts/gift-list";
import { Pagination } from "@/components/ui/pagination";
import { getCurrentUser } from "@/lib/auth/session";
import { listGiftsReceived } from "@/lib/gifts/list-gifts";
import { parsePage } from "@/lib/params/parse-page";
import { decodeSegment } from "@/lib/route-params";
import { userGiftsPath } from "@/lib/routes";
import { findUserByUsername } from "@/lib/users/find-user";
import { refuseGiftAction } from "./actions";

type Props = {
  params: Promise<{ username: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Gifts for ${decodeSegment((await params).username) ?? "an unknown user"}` };
}

export default async function UserGiftsPage({ params, searchParams }: Props) {
  const username = decodeSegment((await params).username);
  const user = username ? await findUserByUsername(username) : null;
  if (!user) notFound();
  const viewer = await getCurrentUser();
  const page = parsePage((await searchParams).page);
  const { works, total, pageCount } = await listGiftsReceived(user.id, viewer, page);
  return (
    <section aria-labelledby="gifts-heading">
      <h1 id="gifts-heading" className="text-2xl font-bold">Gifts for {user.username}</h1>
      <p className="mb-4 text-sm text-stone-600" role="status">
        {total.toLocaleString("en")} {total === 1 ? "Gift" : "Gifts"}
      </p>
      <GiftList works={works} refuseGift={viewer?.id === user.id ? refuseGiftAction : null} />
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => userGiftsPath(user.username, n)} />
    </section>
  );
}
