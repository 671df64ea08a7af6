export type SentencePart = { text: string; username?: string };

// AO3's "alice and bob as well as 1 guest left kudos on this work!", as parts so the page can
// link each name; empty when nobody has left kudos.
export function kudosSentence({ names, moreUsers, guests }: { names: string[]; moreUsers: number; guests: number }): SentencePart[] {
  const people: SentencePart[] = [
    ...names.map((username) => ({ text: username, username })),
    ...(moreUsers > 0 ? [{ text: `${moreUsers} more users` }] : []),
  ];
  const guestText = guests > 0 ? `${guests} ${guests === 1 ? "guest" : "guests"}` : "";
  if (people.length === 0 && !guestText) return [];
  if (people.length === 0) return [{ text: `${guestText} left kudos on this work!` }];
  const parts = people.flatMap((person, index) => {
    const separator = index === 0 ? [] : [{ text: index === people.length - 1 ? " and " : ", " }];
    return [...separator, person];
  });
  return [...parts, { text: `${guestText ? ` as well as ${guestText}` : ""} left kudos on this work!` }];
}

export function sentenceText(parts: SentencePart[]): string {
  return parts.map((part) => part.text).join("");
}
