import { inOneByte } from '../one-byte.ts';

/**
 * The typographic characters beyond Latin-1 that letters hold ("’", "“", "–", "€", "•"), each
 * with its stand-in: the byte Windows-1252 gives it, a C1 control, which no cue names (`npm test`
 * checks that every pattern matched against the cue subject treats each character as it treats
 * the stand-in in the pattern's rewritten form).
 */
export const standIns: ReadonlyMap<string, string> = new Map([
  ['€', '\x80'],
  ['‚', '\x82'],
  ['„', '\x84'],
  ['…', '\x85'],
  ['†', '\x86'],
  ['‡', '\x87'],
  ['‰', '\x89'],
  ['‹', '\x8b'],
  ['‘', '\x91'],
  ['’', '\x92'],
  ['“', '\x93'],
  ['”', '\x94'],
  ['•', '\x95'],
  ['–', '\x96'],
  ['—', '\x97'],
  ['™', '\x99'],
  ['›', '\x9b'],
]);

const characters = [...standIns.keys()].join('');
const typographic = new RegExp(`[${characters}]`, 'gu');
const typographicOrC1 = new RegExp(`[\\x80-\\x9f${characters}]`, 'u');
const c1Control = /[\x80-\x9f]/u;
const standIn = (character: string) => standIns.get(character)!;

/** A pattern to match against `cueSubject`'s text: every typographic character it names written as its stand-in. */
export function forCueSubject(pattern: RegExp): RegExp {
  const source = pattern.source.replace(typographic, (character) => `\\x${standIn(character).charCodeAt(0).toString(16)}`);
  return source === pattern.source ? pattern : new RegExp(source, pattern.flags);
}

/**
 * A sentence's lower-case text for the cues, held one byte a character where every character then
 * fits: its typographic characters replaced by their stand-ins, one for one, so every match is
 * where it was. V8 compiles a pattern for one-byte and for two-byte text apart: the classifier's
 * 220 patterns took 85 ms for the one and 169 ms more for the other, and one "’" in a letter's
 * sentences made a process or thread compile both (extracted cold, the bench's five synthetic
 * letters took 420–453 ms before and 345–443 ms after, the five real letters 610–769 ms and
 * 484–643 ms). Undefined when the text holds a C1 control of its own, which would be read as the
 * character it stands in for: match the original patterns then.
 */
export function cueSubject(lowercase: string): string | undefined {
  if (!typographicOrC1.test(lowercase)) return lowercase;
  if (c1Control.test(lowercase)) return undefined;
  return inOneByte(lowercase.replace(typographic, standIn));
}
