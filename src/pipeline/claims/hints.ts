import type { Cue } from './cues.ts';

/**
 * Which cues can match a sentence, decided by their hints before any regular expression runs.
 * All hints are found in one pass over the sentence with an Aho–Corasick automaton, instead of
 * one substring search per hint: classifying a sentence costs about as much as reading it once.
 */
export function hintFilter<T extends Pick<Cue, 'hints'>>(cues: readonly T[]): (lowercase: string) => (cue: T) => boolean {
  const scanner = hintScanner(cues);
  return (lowercase) => {
    const found = scanner.scan(lowercase);
    return (cue) => found[scanner.positionOf(cue)] === 1;
  };
}

export interface HintScanner<T> {
  /** A cue's place in the array `scan` returns (past its end for a cue the scanner was not made with). */
  positionOf: (cue: T) => number;
  /** 1 at the position of every cue that can match the sentence: a hint of it is there, or it has none. */
  scan: (lowercase: string) => Uint8Array;
}

/**
 * `hintFilter` for the classifier's loops: each loop looks its cues' positions up once, then reads
 * one array per sentence instead of looking every cue up in a map.
 */
export function hintScanner<T extends Pick<Cue, 'hints'>>(cues: readonly T[]): HintScanner<T> {
  // Every character a hint has gets a class of its own; all others share class 0, on which every
  // state goes back to the root. The table then has a row of a few dozen columns per state.
  const classOf = new Uint8Array(0x10000);
  let classes = 1;
  for (const cue of cues) {
    for (const hint of cue.hints ?? []) {
      for (let index = 0; index < hint.length; index++) {
        const code = hint.charCodeAt(index);
        if (classOf[code] !== 0) continue;
        if (classes > 0xff) throw new Error('hintScanner: more distinct characters in hints than one byte can class');
        classOf[code] = classes++;
      }
    }
  }

  // The trie of all hints; each state knows which cues a hint ending there serves.
  const children: Array<Map<number, number>> = [new Map()];
  const cuesEndingAt: number[][] = [[]];
  cues.forEach((cue, position) => {
    for (const hint of cue.hints ?? []) {
      let state = 0;
      for (let index = 0; index < hint.length; index++) {
        const characterClass = classOf[hint.charCodeAt(index)]!;
        let child = children[state]!.get(characterClass);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          cuesEndingAt.push([]);
          children[state]!.set(characterClass, child);
        }
        state = child;
      }
      if (!cuesEndingAt[state]!.includes(position)) cuesEndingAt[state]!.push(position);
    }
  });

  // Breadth first, so a state's failure state (shallower) is complete before it: a state moves as
  // its failure state does, except on its own children. Each row is a copy of that row, then the children.
  const width = classes;
  const failure = new Int32Array(children.length);
  const table = new Int32Array(children.length * width);
  const cuesAt: number[][] = new Array(children.length);
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const inherited = state === 0 ? [] : cuesAt[failure[state]!]!;
    const ending = cuesEndingAt[state]!;
    // Most states end no hint: they share their failure state's list instead of copying it.
    cuesAt[state] = ending.length === 0 ? inherited : [...new Set([...ending, ...inherited])];
    if (state !== 0) table.copyWithin(state * width, failure[state]! * width, (failure[state]! + 1) * width);
    for (const [characterClass, child] of children[state]!) {
      // Where the child goes on a mismatch: where the failure state goes on its character (its row is complete).
      failure[child] = state === 0 ? 0 : table[failure[state]! * width + characterClass]!;
      table[state * width + characterClass] = child;
      queue.push(child);
    }
  }

  const positions = new Map(cues.map((cue, position) => [cue, position]));
  // The sentence's flags start from the cues without hints; only states where a hint ends set more.
  const unhinted = new Uint8Array(cues.length);
  cues.forEach((cue, position) => {
    if (!cue.hints) unhinted[position] = 1;
  });
  const ends = Uint8Array.from(cuesAt, (found) => (found.length ? 1 : 0));
  // A cue outside the scanner reads past the array's end: undefined, never 1.
  const outside = cues.length;
  return {
    positionOf: (cue) => positions.get(cue) ?? outside,
    scan: (lowercase) => {
      const found = unhinted.slice();
      let state = 0;
      for (let index = 0; index < lowercase.length; index++) {
        state = table[state * width + classOf[lowercase.charCodeAt(index)]!]!;
        if (ends[state] !== 1) continue;
        // Counted, not iterated: inlined into the classifier, a `for … of` here kept its iterator.
        const positions = cuesAt[state]!;
        for (let at = 0; at < positions.length; at++) found[positions[at]!] = 1;
      }
      return found;
    },
  };
}
