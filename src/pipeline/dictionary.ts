import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeTrie, encodeITrieToBTrie } from 'cspell-trie-lib';
import { writeAtomically } from './write-atomically.ts';

type DutchTrie = ReturnType<typeof decodeTrie>;
let trie: DutchTrie | undefined;

/**
 * The Dutch cspell dictionary, which accepts compounds (jeugdzorg, bestaanszekerheid) where
 * Hunspell's does not. Decoding its shipped word list takes half a second per process or worker
 * thread; cspell's binary trie format decodes in milliseconds, so the first decode on a machine
 * stores that form in `node_modules/.cache/pleitkaart/`, named after both packages' versions.
 */
function dutchTrie(): DutchTrie {
  if (trie) return trie;
  const { source, cache } = dictionaryFiles();
  try {
    trie = decodeTrie(readFileSync(cache));
    return trie;
  } catch {
    // No cache yet (or an unreadable one): decode the word list and store the binary form.
  }
  trie = decodeTrie(gunzipSync(readFileSync(source)));
  try {
    writeAtomically(cache, encodeITrieToBTrie(trie)); // parallel workers never read half a file
  } catch {
    // A read-only installation still works, only slower.
  }
  return trie;
}

/** The shipped word list, and where its binary form is cached. */
export function dictionaryFiles(): { source: string; cache: string } {
  const require = createRequire(import.meta.url);
  const folder = dirname(require.resolve('@cspell/dict-nl-nl/cspell-ext.json'));
  const library = join(dirname(fileURLToPath(import.meta.resolve('cspell-trie-lib'))), '..');
  const version = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const source = join(folder, 'Dutch.trie.gz');
  const cache = join(folder, '..', '..', '.cache', 'pleitkaart', `dutch-${version(folder)}-${statSync(source).size}-trie-lib-${version(library)}.btrie`);
  return { source, cache };
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
