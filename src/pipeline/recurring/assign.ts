import type { Claim } from '../schema.ts';
import type { RecurringAsk } from './codebook.ts';
import { ministryTitle } from '../claims/actors.ts';
import { cueKey, words } from './fold.ts';

export interface Assignment {
  id: string;
  /** The cues that matched, as written in the codebook. */
  cues: string[];
  /** Where they matched: the ask itself or, failing that, the heading above it. */
  via: 'ask' | 'section';
}

interface Cue {
  text: string;
  parts: Array<{ word: string; infix: boolean; figure: boolean }>;
  /** "wmo & zvw": cues that must all be in the ask, anywhere (the cue itself then has no parts). */
  all?: Cue[];
}

function compile(cue: string): Cue {
  if (cue.includes('&')) return { text: cue, parts: [], all: cue.split('&').map((part) => compile(part)) };
  const parts = cue
    .trim()
    .split(/\s+/u)
    .map((part) => {
      const word = words(part.replace(/^\*/u, ''))[0] ?? '';
      return { word, infix: part.startsWith('*'), figure: /\p{N}$/u.test(word) };
    })
    .filter((part) => part.word);
  return { text: cue, parts };
}

/** A figure begins only a word whose next character is no figure: "2 procent" is not "25 procent". */
const continuesFigure = (word: string, prefix: string) => word.length > prefix.length && /\p{N}/u.test(word.charAt(prefix.length));

/** Whether the cue's words begin at `start` (prefixes of the ask's words, or inside them for `*` parts). */
function matchesAt(text: string[], start: number, cue: Cue): boolean {
  const { parts } = cue;
  if (!parts.length || start + parts.length > text.length) return false;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    const word = text[start + index]!;
    if (part.infix ? !word.includes(part.word) : !word.startsWith(part.word)) return false;
    if (part.figure && !part.infix && continuesFigure(word, part.word)) return false;
  }
  return true;
}

/** How many letters of a cue's first word find it (see `recurringMatcher`). */
const startLength = 3;

export type RecurringMatcher = (claim: Pick<Claim, 'text' | 'section'>) => Assignment[];

/**
 * Matches asks against the codebook: a code applies when one of its cues is in the ask (or, failing
 * that, its heading, when that names one or two codes). A code that applies takes the cues it `absorbs` away from the other codes:
 * in "woningbouw voor daklozen" the homeless are whom the homes are for, not a second topic.
 */
export function recurringMatcher(codebook: Array<Pick<RecurringAsk, 'id' | 'cues'> & { fromHeading?: boolean; absorbs?: string[]; except?: string[] }>): RecurringMatcher {
  const compiled = codebook.map((code) => ({ id: code.id, cues: code.cues.map(compile), absorbs: new Set((code.absorbs ?? []).map(cueKey)), except: (code.except ?? []).map(compile) }));
  const headingless = new Set(codebook.filter((code) => code.fromHeading === false).map((code) => code.id));
  // Cues are found through the first three letters of their first word (all of it when shorter),
  // so each word of an ask is compared only with cues that can start there; compound (*) cues are
  // tried at every word.
  const byStart = new Map<string, Cue[]>();
  const always: Cue[] = [];
  const shortStarts = new Set<number>();
  // The code a cue (or a part of an "a & b" cue) belongs to, by position in the codebook: each
  // code compiles cues of its own.
  const codeOf = new Map<Cue, number>();
  compiled.forEach((code, index) => {
    for (const cue of code.cues.flatMap((cue) => cue.all ?? [cue])) {
      codeOf.set(cue, index);
      const first = cue.parts[0];
      if (!first) continue;
      if (first.infix) {
        always.push(cue);
        continue;
      }
      const start = first.word.slice(0, startLength);
      if (start.length < startLength) shortStarts.add(start.length);
      const bucket = byStart.get(start);
      if (bucket) bucket.push(cue);
      else byStart.set(start, [cue]);
    }
  });
  const lengths = [startLength, ...[...shortStarts].sort((a, b) => b - a)];
  const match = (text: string) => {
    // The name of a ministry says who, not what is asked: its words are no cue.
    const tokens = words(/minist|staatssecret/iu.test(text) ? text.replace(ministryTitle, ' ') : text);
    // Each cue found, with the words it covers.
    const found = new Map<Cue, number[]>();
    const tryAt = (cue: Cue, start: number) => {
      if (matchesAt(tokens, start, cue)) found.set(cue, [...(found.get(cue) ?? []), start]);
    };
    tokens.forEach((token, start) => {
      for (const length of lengths) {
        // A shorter token cannot begin with a start of this length.
        if (token.length < length) continue;
        const bucket = byStart.get(token.slice(0, length));
        if (bucket) for (const cue of bucket) tryAt(cue, start);
      }
      for (const cue of always) tryAt(cue, start);
    });
    if (!found.size) return [];
    const candidates = new Set<number>();
    for (const cue of found.keys()) candidates.add(codeOf.get(cue)!);
    const matched = [...candidates].sort((a, b) => a - b).flatMap((index) => {
      const code = compiled[index]!;
      // Words of a phrase the code excepts ("af te wijken" is no "wijken") are no cue of it.
      const excepted = new Set<number>();
      for (const phrase of code.except) {
        tokens.forEach((_, start) => {
          if (matchesAt(tokens, start, phrase)) phrase.parts.forEach((_, offset) => excepted.add(start + offset));
        });
      }
      // Most of a code's cues are not in the ask: those are answered without a closure or an array.
      const has = (cue: Cue) => found.get(cue)?.some((start) => cue.parts.every((_, offset) => !excepted.has(start + offset))) ?? false;
      const cues = code.cues.filter((cue) => (cue.all ? cue.all.every(has) : has(cue))).map((cue) => cue.text);
      return cues.length ? [{ code, cues }] : [];
    });
    const absorbed = (code: (typeof compiled)[number], cue: string) => matched.some((other) => other.code !== code && other.code.absorbs.has(cueKey(cue)));
    return matched.flatMap(({ code, cues }) => {
      const own = cues.filter((cue) => !absorbed(code, cue));
      return own.length ? [{ id: code.id, cues: own }] : [];
    });
  };
  // Every ask under a heading that names no code of its own asks for the same heading's codes.
  const headings = new Map<string, Assignment[]>();
  const matchHeading = (section: string) => {
    let found = headings.get(section);
    if (!found) headings.set(section, (found = match(section).map((code) => ({ ...code, via: 'section' as const }))));
    return found;
  };
  return (claim) => {
    const own = match(claim.text);
    if (own.length) return own.map((found) => ({ ...found, via: 'ask' as const }));
    const fromHeading = claim.section ? matchHeading(claim.section).filter((found) => !headingless.has(found.id)) : [];
    // A heading that names three topics or more ("Woningbouw, ondersteuning, regie en regelgeving")
    // heads a section of everything: it does not say what one ask in it is about.
    return fromHeading.length <= 2 ? fromHeading.map((found) => ({ ...found })) : [];
  };
}
