"use client";

import { useEffect } from "react";

type Props = { workId: number; chapterId: number };

// Keeps the reader's place in a chapter: on arrival with ?at= (a "Continue reading" link) it
// scrolls there, and as the page is hidden or left it sends how far down the chapter the reader
// was. Nothing without JavaScript: the history then keeps the chapter only.
export function ReadingPosition({ workId, chapterId }: Props) {
  useEffect(() => {
    const chapter = document.getElementById(`chapter-${chapterId}`) ?? document.querySelector("main");
    if (!chapter) return;
    const at = Number(new URLSearchParams(window.location.search).get("at"));
    if (at > 0 && at <= 1000) {
      const box = chapter.getBoundingClientRect();
      window.scrollTo({ top: window.scrollY + box.top + (box.height * at) / 1000 - window.innerHeight / 3 });
    }
    let sent = -1;
    const send = () => {
      const box = chapter.getBoundingClientRect();
      const read = Math.round(((window.innerHeight / 3 - box.top) / Math.max(1, box.height)) * 1000);
      const position = Math.min(1000, Math.max(0, read));
      if (position === sent) return;
      sent = position;
      const body = new URLSearchParams({ workId: String(workId), chapterId: String(chapterId), position: String(position) });
      navigator.sendBeacon("/api/readings/position", body);
    };
    const onHide = () => {
      if (document.visibilityState === "hidden") send();
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", send);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", send);
      send();
    };
  }, [workId, chapterId]);
  return null;
}
