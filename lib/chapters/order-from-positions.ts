// The manage page sends a wished-for position per chapter ("position-<id>" = "2"). A chapter
// whose number was changed moves to that place and the others keep their order around it, as
// a writer expects who types "1" beside the last chapter. Blank or nonsense numbers leave a
// chapter unmoved; two chapters wishing for one place get it and the nearest free one.
export function orderFromPositions(currentOrder: number[], formData: FormData): number[] {
  const count = currentOrder.length;
  const moved: { id: number; index: number; slot: number }[] = [];
  const unmoved: number[] = [];
  currentOrder.forEach((id, index) => {
    const typed = Number(formData.get(`position-${id}`));
    const slot = Math.min(Math.max(Math.round(typed), 1), count) - 1;
    if (Number.isFinite(typed) && typed > 0 && slot !== index) moved.push({ id, index, slot });
    else unmoved.push(id);
  });
  const slots: (number | undefined)[] = Array.from({ length: count }, () => undefined);
  for (const chapter of moved.sort((a, b) => a.slot - b.slot || a.index - b.index)) {
    const free = (slot: number) => slots[slot] === undefined;
    let slot = chapter.slot;
    while (slot < count - 1 && !free(slot)) slot += 1;
    while (!free(slot)) slot -= 1;
    slots[slot] = chapter.id;
  }
  return slots.map((id) => id ?? unmoved.shift()!);
}
