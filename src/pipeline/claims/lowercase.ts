/**
 * The text in lower case with every character where it was: the cues and the actors' names run on
 * it without the `i` flag (case-insensitive Unicode patterns are slow to compile and to run), and
 * the words they matched are taken from the letter's own text at the same place. "İ" is the one
 * character whose lower case is longer; it keeps its case.
 */
export function lowerCaseInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (character) => {
    const lowered = character.toLowerCase();
    return lowered.length === character.length ? lowered : character;
  }).join('');
}
