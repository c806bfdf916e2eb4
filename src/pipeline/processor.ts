import { unified } from 'unified';
import { letterAddressees } from './claims/addressee.ts';
import { letterClaims } from './claims/classify.ts';
import { letterFootnotes } from './footnotes.ts';
import { letterMetadata } from './metadata.ts';
import { parseLetter } from './parse-letter.ts';
import { letterSentences } from './sentences.ts';

/** The whole extraction as one unified processor: each stage a plugin with one concern. */
export function letterProcessor() {
  return unified()
    .use(parseLetter)
    .use(letterFootnotes)
    .use(letterMetadata)
    .use(letterSentences)
    .use(letterClaims)
    .use(letterAddressees)
    .freeze();
}
