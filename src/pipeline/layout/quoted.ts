import type { Line } from './lines.ts';
import { closingPattern } from './zones.ts';

/**
 * "-----Oorspronkelijk bericht-----", "-----Original Message-----": the message answered. Not
 * "Doorgestuurd bericht": what is forwarded is the letter itself, under a note.
 */
const separator = /^-{2,}\s*(oorspronkelijk\s+bericht|original\s+message)\s*-{2,}$/iu;
/** "Op 3 mrt. 2025 om 14:20 schreef Griffie VRO <…>:", "On Mon, 3 Mar 2025 at 14:20, X wrote:". */
const attribution = /^(op|on)\s.{4,160}\s(schreef|wrote)\b.{0,160}:$/iu;
/** The line Outlook draws above the quoted message's fields. */
const drawnLine = /^_{10,}$/u;
const fromField = /^(van|from)\s*:/iu;
/** "---------- Doorgestuurd bericht ---------", "Begin doorgestuurd bericht:", "---------- Forwarded message ---------". */
const forwardMarker = /^[-\s]*(begin\s+)?(doorgestuurd\s+bericht|forwarded\s+message)\b[-:\s]*$/iu;
const sentField = /^(verzonden|datum|sent|date)\s*:/iu;
/** Words of its own that make a message more than a cover for what it forwards or quotes (counted no further). */
const enoughWords = 5;
/** A field of a message's header, which says nothing of its own. */
const fieldLine = /^(van|from|verzonden|datum|sent|date|aan|to|cc|onderwerp|subject)\s*:/iu;

/**
 * Where a letter forwarded under a note of its own begins: the line after "Doorgestuurd bericht",
 * when the note above it has words of its own ("Hierbij sturen wij u de inbreng door …"). The note
 * is the sender's cover, shown but not read; the letter below it is read, from its own fields.
 */
export function forwardedLetterStart(lines: readonly Line[]): number | undefined {
  let ownWords = 0;
  for (const line of lines) {
    const content = line.content.text.trim();
    if (!content) continue;
    if (forwardMarker.test(content)) return ownWords >= enoughWords ? line.index + 1 : undefined;
    if (ownWords < enoughWords && !fieldLine.test(content)) ownWords += content.split(/\s+/u).length;
  }
  return undefined;
}

/**
 * Where an earlier message quoted under a reply begins ("-----Oorspronkelijk bericht-----", "Op
 * … schreef …:", or "Van: …" over "Verzonden: …" after the reply's closing), if anywhere. It is
 * someone else's text, often the addressee's own: shown, but not read for the letter's claims or
 * metadata. A message that only forwards a letter (nothing of its own above the separator, or
 * "Doorgestuurd bericht") is the letter.
 */
export function earlierMessageStart(lines: readonly Line[]): number | undefined {
  const text = (line: Line | undefined) => line?.content.text.trim() ?? '';
  // The fields of a message's header: "Van: …" over "Verzonden: …" within a few lines.
  const fieldsBelow = (at: number) => lines.slice(at + 1, at + 5).some((below) => sentField.test(text(below)));
  const nextText = (at: number) => text(lines.slice(at + 1).find((below) => text(below)));
  let closed = false;
  let ownWords = 0;
  let previousText = '';
  for (const line of lines) {
    const content = text(line);
    if (!content) continue;
    const header =
      separator.test(content) ||
      // A mail program's attribution has a time or an address; "Op 12 mei schreef de minister:" in the text has neither.
      (attribution.test(content) && /\d{1,2}:\d{2}|@/u.test(content)) ||
      (closed && drawnLine.test(content) && fromField.test(nextText(line.index))) ||
      (closed && fromField.test(content) && fieldsBelow(line.index));
    // Fields under "Doorgestuurd bericht" head the letter a note forwards, not a message answered.
    const forwarded = forwardMarker.test(previousText);
    if (header && !forwarded && ownWords >= enoughWords) return line.index;
    previousText = content;
    if (!closed && closingPattern.test(content)) closed = true;
    if (ownWords < enoughWords && !fieldLine.test(content)) ownWords += content.split(/\s+/u).length;
  }
  return undefined;
}
