import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";

// Admin pages are invisible to everyone else: a 404, not a "forbidden" that confirms they exist.
export async function requireAdmin() {
  const user = await requireUser();
  if (user.role !== "ADMIN") notFound();
  return user;
}
