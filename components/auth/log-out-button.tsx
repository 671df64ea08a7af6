"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";

export function LogOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      className="underline-offset-2 hover:underline"
      onClick={async () => {
        await signOut({ redirect: false });
        router.push("/");
        router.refresh();
      }}
    >
      Log out
    </button>
  );
}
