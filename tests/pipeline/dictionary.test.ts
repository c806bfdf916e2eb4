import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeTrie } from 'cspell-trie-lib';
import { describe, expect, it } from 'vitest';
import { dictionaryFiles, isDutchWord } from '../../src/pipeline/dictionary.ts';

describe('the Dutch dictionary', () => {
  it('knows compounds and rejects non-words', () => {
    expect(isDutchWord('jeugdzorg')).toBe(true);
    expect(isDutchWord('bestaanszekerheid')).toBe(true);
    expect(isDutchWord('Woningbouw')).toBe(true);
    expect(isDutchWord('woningbwou')).toBe(false);
  });

  it('caches a binary form that answers as the shipped word list does', () => {
    isDutchWord('zorg');
    const { source, cache } = dictionaryFiles();
    expect(existsSync(cache)).toBe(true);
    const shipped = decodeTrie(gunzipSync(readFileSync(source)));
    const cached = decodeTrie(readFileSync(cache));
    for (const word of ['jeugdzorg', 'bestaanszekerheid', 'gemeentefonds', 'mantelzorgers', 'huisvesting', 'xqzt', 'woningbwou', 'Amsterdam', 'amsterdam', 'ondersteuning', 'mede-eigenaar']) {
      expect(cached.hasWord(word, true), word).toBe(shipped.hasWord(word, true));
      expect(cached.hasWord(word, false), word).toBe(shipped.hasWord(word, false));
    }
  });
});
