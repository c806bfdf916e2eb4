import { hash } from 'node:crypto';

/** A URL-safe slug of a file name or heading. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 80) || 'brief';
}

/** Letters and digits only: the claim's identity survives spacing, punctuation and marker repairs. */
export function contentKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A claim id derived from its letter, type and words only, so it survives new letters and
 * edits elsewhere in the letter. A sentence that recurs verbatim in one letter gets `-2`, `-3`.
 */
export function claimId(documentId: string, type: string, text: string): string {
  return `${type}-${hash('sha256', `${documentId}\n${type}\n${contentKey(text)}`, 'hex').slice(0, 10)}`;
}

export function sha256(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'hex');
}
