import type { FootnoteDefinition, Root } from 'mdast';
import { footnoteDefinitions } from './footnote-definitions.ts';

/** "(zie noot 3)", "zie voetnoot 2", "(eindnoten 1 en 4)": notes referred to in words, not by a marker. */
const mention = /\b(?:voet|eind)?no(?:ot|ten)\s+(\d{1,3}(?:\s*(?:,|en|t\/m|-|–)\s*\d{1,3})*)\b/giu;

/** A range of notes ("1 t/m 3", "2-4") names those between too; a longer one is no range of notes. */
const range = /(\d{1,3})\s*(?:t\/m|-|–)\s*(\d{1,3})/gu;
const longestRange = 20;

/** The numbers of the notes a text refers to in words, in order. */
export function mentionedNotes(text: string): string[] {
  if (!/no(?:ot|ten)\s/iu.test(text)) return [];
  return [...text.matchAll(mention)].flatMap((match) => {
    const listed = match[1]!.replace(range, (all, from: string, to: string) => {
      const [first, last] = [Number(from), Number(to)];
      return last > first && last - first <= longestRange ? Array.from({ length: last - first + 1 }, (_, index) => first + index).join(',') : all;
    });
    return listed.match(/\d+/gu) ?? [];
  });
}

/**
 * The letter's notes by their number, to resolve mentions; none where numbering restarts per
 * chapter, as "noot 3" would then not say which.
 */
export function notesByNumber(tree: Root): Map<string, FootnoteDefinition> {
  const byNumber = new Map<string, FootnoteDefinition>();
  const chapters = new Set<unknown>();
  for (const node of footnoteDefinitions(tree)) {
    chapters.add(node.data?.chapter);
    const number = node.data?.number ?? node.label;
    if (number && !byNumber.has(number)) byNumber.set(number, node);
  }
  return chapters.size > 1 ? new Map() : byNumber;
}
