import { createElement, type HTMLAttributes } from "react";

export type HeadingLevel = 2 | 3;

// A heading whose level depends on where it sits (a chapter's notes are h3 under the chapter's
// own h2, but h2 in a one-chapter work that has no chapter heading): levels never skip one.
export function Heading({ level, ...props }: { level: HeadingLevel } & HTMLAttributes<HTMLHeadingElement>) {
  return createElement(`h${level}`, props);
}
