/** The first `count` items that match, in order, without looking past the last of them. */
export function firstMatching<T>(items: Iterable<T>, count: number, matches: (item: T) => boolean): T[] {
  const found: T[] = [];
  if (count <= 0) return found;
  for (const item of items) {
    if (!matches(item)) continue;
    found.push(item);
    if (found.length === count) break;
  }
  return found;
}
