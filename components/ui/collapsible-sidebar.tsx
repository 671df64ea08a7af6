"use client";

import { useEffect, useState } from "react";

// Open by default (and always without JavaScript); folded away on narrow screens, where the
// list matters more than the filters, until the reader asks for it.
export function CollapsibleSidebar({ summary, children }: { summary: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(true);
  useEffect(() => {
    // Runs once after hydration; the sidebar must be open in the server HTML for no-JS readers.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOpen(window.matchMedia("(min-width: 768px)").matches);
  }, []);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="mb-2 cursor-pointer font-semibold md:hidden">{summary}</summary>
      {children}
    </details>
  );
}
