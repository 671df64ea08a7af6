import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { parseId } from "@/lib/route-params";
import { getOwnWork } from "@/lib/works/get-own-work";

// For the creator-only pages (edit, delete, add and manage chapters): log-in required, and a
// 404 for a work that is missing or someone else's.
export async function requireOwnWork(rawId: string) {
  const user = await requireUser();
  const id = parseId(rawId);
  const work = id ? await getOwnWork(id, user.id) : null;
  if (!work) notFound();
  return { user, work };
}
