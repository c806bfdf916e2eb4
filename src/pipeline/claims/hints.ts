import type { Cue } from './cues.ts';

/** Characters below this code have a precomputed transition per state: one array read per character. */
const tableWidth = 128;

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
  // The trie of all hints; each state knows which cues a hint ending there serves.
  const children: Array<Map<number, number>> = [new Map()];
  const cuesEndingAt: Array<Set<number>> = [new Set()];
  cues.forEach((cue, position) => {
    for (const hint of cue.hints ?? []) {
      let state = 0;
      for (let index = 0; index < hint.length; index++) {
        const code = hint.charCodeAt(index);
        let child = children[state]!.get(code);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          cuesEndingAt.push(new Set());
          children[state]!.set(code, child);
        }
        state = child;
      }
      cuesEndingAt[state]!.add(position);
    }
  });

  // Failure links, breadth first: where to continue when the next character leaves the trie.
  const failure = new Int32Array(children.length);
  const table = new Int32Array(children.length * tableWidth);
  const cuesAt: number[][] = Array.from({ length: children.length }, () => []);
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    cuesAt[state] = [...new Set([...cuesEndingAt[state]!, ...(state === 0 ? [] : cuesAt[failure[state]!]!)])];
    for (const [code, child] of children[state]!) {
      failure[child] = state === 0 ? 0 : step(failure[state]!, code);
      queue.push(child);
    }
    for (let code = 0; code < tableWidth; code++) {
      table[state * tableWidth + code] = children[state]!.get(code) ?? (state === 0 ? 0 : table[failure[state]! * tableWidth + code]!);
    }
  }
  function step(from: number, code: number): number {
    let state = from;
    for (;;) {
      const child = children[state]!.get(code);
      if (child !== undefined) return child;
      if (state === 0) return 0;
      state = failure[state]!;
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
        const code = lowercase.charCodeAt(index);
        state = code < tableWidth ? table[state * tableWidth + code]! : step(state, code);
        if (ends[state] === 1) for (const position of cuesAt[state]!) found[position] = 1;
      }
      return found;
    },
  };
}
