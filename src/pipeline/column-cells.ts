/** What sets cells of a line apart: two spaces or more, or a tab ("Anna de Boer\tPiet Jansen"). */
export const columnGap = /\s{2,}|\t/u;

/** Where each cell of a line set in columns begins. */
export function cellStarts(line: string): number[] {
  return [...line.matchAll(/\S+(?: \S+)*/gu)].map((cell) => cell.index);
}

/**
 * The cells of a line under a line of `startsAbove` cells, when one of its cells runs up to the next
 * column with a single space ("voorzitter Bouwend Nederland directeur NEPROM" under "Arno Visser" and
 * "Ellen Bos"): cut also where a column above begins after a space. Undefined when that does not give
 * one cell per column, or when the line has no columns of its own.
 */
export function cellsUnder(line: string, startsAbove: readonly number[]): string[] | undefined {
  const starts = cellStarts(line);
  if (starts.length < 2 || starts.length >= startsAbove.length) return undefined;
  const cuts = new Set(starts);
  for (const start of startsAbove) if (line.charAt(start - 1) === ' ' && /\S/u.test(line.charAt(start))) cuts.add(start);
  if (cuts.size !== startsAbove.length) return undefined;
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.map((start, at) => line.slice(start, sorted[at + 1] ?? line.length).trim());
}
