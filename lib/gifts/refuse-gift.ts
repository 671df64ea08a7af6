import "server-only";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";

// The recipient refuses a gift: it leaves the work's "for …" line and their gifts page. Only the
// recipient's own gift can be refused; anything else is a 404.
export async function refuseGift(recipientId: number, workId: number): Promise<Result> {
  const { count } = await db.gift.updateMany({ where: { workId, recipientId, refusedAt: null }, data: { refusedAt: new Date() } });
  return count === 0 ? fail("not_found") : ok();
}
