/** Lowercase, ligatures resolved, diacritics removed: coördinatie → coordinatie, ﬁnanciële → financiele. */
export function fold(text: string): string {
  return text.normalize('NFKC').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Words of folded text; hyphens inside and at the end of a word are kept (dak- en thuislozen, avg-proof). */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}%]+(?:-[\p{L}\p{N}]+)*-?/gu) ?? [];
}

/** A cue as the codebook may name it in another place: without case, accents or extra spaces. */
export const cueKey = (cue: string) => words(cue).join(' ');
