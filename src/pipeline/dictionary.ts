import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeTrie } from 'cspell-trie-lib';

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

/** Whether `word` is a Dutch word (compounds included), ignoring case. */
export function isDutchWord(word: string): boolean {
  if (!word) return false;
  const dictionary = dutchTrie();
  return dictionary.hasWord(word, true) || dictionary.hasWord(word.toLowerCase(), false);
}
