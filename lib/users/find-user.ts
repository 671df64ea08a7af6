import "server-only";
import { db } from "@/lib/db";

export function findUserByUsername(username: string) {
  return db.user.findUnique({
    where: { usernameKey: username.toLowerCase() },
    select: { id: true, username: true, createdAt: true },
  });
}
