// The manage page sends a wished-for position per chapter ("position-<id>" = "2"). Sorting by
// it — ties and blanks keep the current order — turns any typed numbers into a full order.
export function orderFromPositions(currentOrder: number[], formData: FormData): number[] {
  const wished = (id: number, index: number) => {
    const typed = Number(formData.get(`position-${id}`));
    return Number.isFinite(typed) && typed > 0 ? typed : index + 1;
  };
  return currentOrder
    .map((id, index) => ({ id, index, position: wished(id, index) }))
    .sort((a, b) => a.position - b.position || a.index - b.index)
    .map((entry) => entry.id);
}
