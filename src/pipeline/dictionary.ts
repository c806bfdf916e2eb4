import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeTrie, encodeITrieToBTrie } from 'cspell-trie-lib';

type DutchTrie = ReturnType<typeof decodeTrie>;
let trie: DutchTrie | undefined;

function dutchTrie(): DutchTrie {
  if (!trie) {
    // The Dutch cspell dictionary accepts compounds (jeugdzorg, bestaanszekerheid), which Hunspell's does not.
    const require = createRequire(import.meta.url);
    const folder = dirname(require.resolve('@cspell/dict-nl-nl/cspell-ext.json'));
    trie = decodeTrie(gunzipSync(readFileSync(join(folder, 'Dutch.trie.gz'))));
  }
  return trie;
}

/**
 * The dictionary in cspell's binary trie format, which decodes in milliseconds (the shipped word
 * list takes a third of a second and more memory): worker threads receive this.
 */
export function dutchDictionaryBinary(): Uint8Array<ArrayBuffer> {
  return encodeITrieToBTrie(dutchTrie());
}

/** Uses a dictionary made by `dutchDictionaryBinary` (in another thread). */
export function useDutchDictionary(binary: Uint8Array<ArrayBuffer>): void {
  trie = decodeTrie(binary);
}

// Letters repeat the same words: remember answers (bounded, so a huge corpus cannot grow it forever).
const known = new Map<string, boolean>();
const maximumKnown = 200_000;

/** Whether `word` is a Dutch word (compounds included), ignoring case. */
export function isDutchWord(word: string): boolean {
  if (!word) return false;
  const cached = known.get(word);
  if (cached !== undefined) return cached;
  const dictionary = dutchTrie();
  const answer = dictionary.hasWord(word, true) || dictionary.hasWord(word.toLowerCase(), false);
  if (known.size >= maximumKnown) known.clear();
  known.set(word, answer);
  return answer;
}
