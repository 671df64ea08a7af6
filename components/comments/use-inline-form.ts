"use client";

import { useState } from "react";
import type { FormState } from "@/lib/forms/form-state";

// An inline form opened by a link: it stays open while the reader works on it (errors included)
// and closes once it succeeds. Without JavaScript the link leads to a page with the form open.
export function useInlineForm(state: FormState, initiallyOpen: boolean) {
  const [openedAt, setOpenedAt] = useState<FormState | null>(initiallyOpen ? state : null);
  const open = openedAt !== null && (state === openedAt || state.status !== "success");
  const toggle = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    setOpenedAt(open ? null : state);
  };
  return { open, toggle };
}
