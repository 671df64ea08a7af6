import type { Viewer } from "@/lib/auth/session";

type Props = { workId: number; chapterId: number | null; viewer: Viewer | null };

// Placeholder until comments land: renders nothing.
export async function WorkComments({ workId }: Props) {
  void workId;
  return null;
}
