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

  // The trie of all hints, written straight into the transition table (a row of `width` per
  // state; 0, the root, is never a child): each state knows which cues a hint ending there serves.
  // Typed arrays rather than a map of children per state: the automaton is built at the start of
  // every process and worker thread, and for the classifier's 1,951 hints (8,898 states) maps took
  // 36–44 ms, these arrays take 16–25 ms.
  const width = classes;
  let capacity = 1;
  for (const cue of cues) for (const hint of cue.hints ?? []) capacity += hint.length;
  const trie = new Int32Array(capacity * width);
  // Each state's children as a list (first child, next sibling, the character class leading to
  // it), so that the failure links below visit the children rather than every column of a row.
  const firstChild = new Int32Array(capacity);
  const nextSibling = new Int32Array(capacity);
  const classTo = new Int32Array(capacity);
  const cuesEndingAt: Array<number[] | undefined> = [];
  let states = 1;
  cues.forEach((cue, position) => {
    for (const hint of cue.hints ?? []) {
      let state = 0;
      for (let index = 0; index < hint.length; index++) {
        const characterClass = classOf[hint.charCodeAt(index)]!;
        const at = state * width + characterClass;
        if (trie[at] === 0) {
          const child = states++;
          trie[at] = child;
          classTo[child] = characterClass;
          nextSibling[child] = firstChild[state]!;
          firstChild[state] = child;
        }
        state = trie[at]!;
      }
      const ending = (cuesEndingAt[state] ??= []);
      if (!ending.includes(position)) ending.push(position);
    }
  });

  // Breadth first, so a state's failure state (shallower) is complete before it: a state moves as
  // its failure state does, except on its own children. The root's row is complete as it is (no
  // child: back to the root), and its children fail to the root.
  const table = trie.slice(0, states * width);
  const failure = new Int32Array(states);
  const cuesAt: number[][] = new Array(states);
  cuesAt[0] = cuesEndingAt[0] ?? [];
  // Whether a hint ends at a state: the scan looks at its cues only then.
  const ends = new Uint8Array(states);
  ends[0] = cuesAt[0].length ? 1 : 0;
  const queue = new Int32Array(states);
  let tail = 0;
  for (let child = firstChild[0]!; child !== 0; child = nextSibling[child]!) queue[tail++] = child;
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    const inherited = cuesAt[failure[state]!]!;
    const ending = cuesEndingAt[state];
    // Most states end no hint: they share their failure state's list instead of copying it.
    cuesAt[state] = ending === undefined ? inherited : [...new Set([...ending, ...inherited])];
    ends[state] = cuesAt[state]!.length ? 1 : 0;
    const row = state * width;
    const failureRow = failure[state]! * width;
    // Where a child goes on a mismatch: where this state's failure state goes on its character.
    for (let child = firstChild[state]!; child !== 0; child = nextSibling[child]!) {
      failure[child] = table[failureRow + classTo[child]!]!;
      queue[tail++] = child;
    }
    table.copyWithin(row, failureRow, failureRow + width);
    for (let child = firstChild[state]!; child !== 0; child = nextSibling[child]!) table[row + classTo[child]!] = child;
  }

  const positions = new Map(cues.map((cue, position) => [cue, position]));
  // The sentence's flags start from the cues without hints; only states where a hint ends set more.
  const unhinted = new Uint8Array(cues.length);
  cues.forEach((cue, position) => {
    if (!cue.hints) unhinted[position] = 1;
  });
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
