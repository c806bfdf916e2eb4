import { readdirSync, readFileSync } from 'node:fs';
import type { AST } from '@eslint-community/regexpp';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { describe, expect, it } from 'vitest';
import { lowerCasePatterns } from '../../src/pipeline/claims/classify.ts';
import { cueSubject, forCueSubject, standIns } from '../../src/pipeline/claims/cue-subject.ts';
import { askCues, askExceptions, problemCues, problemDampers } from '../../src/pipeline/claims/cues.ts';
import { lowerCaseInPlace } from '../../src/pipeline/claims/lowercase.ts';
import { bytesPerCharacter } from '../helpers/bytes-per-character.ts';

/**
 * The parts of a pattern that decide whether one character matches: a character outside a class,
 * a class, a set (`\s`, `\p{L}`, `.`); a word boundary decides by `\w`.
 */
function atoms(pattern: RegExp): string[] {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(`/${pattern.source}/${pattern.flags}`);
  const found: string[] = [];
  const inClass = (node: AST.Node) => node.parent?.type === 'CharacterClass' || node.parent?.type === 'CharacterClassRange';
  visitRegExpAST(ast, {
    onCharacterEnter: (node) => void (inClass(node) ? undefined : found.push(node.raw)),
    onCharacterClassEnter: (node) => void (node.parent.type === 'CharacterClass' ? undefined : found.push(node.raw)),
    onCharacterSetEnter: (node) => void (inClass(node) ? undefined : found.push(node.raw)),
    onAssertionEnter: (node) => void (node.kind === 'word' ? found.push('\\w') : undefined),
  });
  return found;
}

const rewritten = (atom: string) => forCueSubject(new RegExp(atom, 'u')).source;

describe('the cue subject', () => {
  it('replaces typographic characters one for one, held one byte a character', () => {
    const lowered = lowerCaseInPlace('“Het kabinet’s plan” – €5 miljoen • te weinig…');
    const subject = cueSubject(lowered)!;
    expect(subject).toBe('\x93het kabinet\x92s plan\x94 \x96 \x805 miljoen \x95 te weinig\x85');
    expect(subject).toHaveLength(lowered.length);
    expect(bytesPerCharacter(lowered)).toBe(2);
    expect(bytesPerCharacter(subject)).toBe(1);
  });

  it('is the text itself without them, and none with a C1 control of its own', () => {
    const plain = 'gemeenten hebben te weinig geld voor één taak';
    expect(cueSubject(plain)).toBe(plain);
    // Another character beyond Latin-1 keeps the text in two bytes, its typographic ones replaced all the same.
    expect(cueSubject('łódź’s')).toBe('łódź\x92s');
    expect(cueSubject('kabinet\x92s plan')).toBeUndefined();
    expect(cueSubject('het kabinet’s plan\x85')).toBeUndefined();
  });

  it('gets patterns that name the stand-ins where they named the characters', () => {
    const plain = /\bte\s+weinig\b/u;
    expect(forCueSubject(plain)).toBe(plain);
    expect(forCueSubject(/^["'‘“„][^"“”]{5,}["'’”]/u).source).toBe(String.raw`^["'\x91\x93\x84][^"\x93\x94]{5,}["'\x92\x94]`);
    expect(forCueSubject(/(€\s*)?\d+/u).exec('\x80 5')?.[0]).toBe('\x80 5');
  });

  it('changes no match of any pattern the classifier matches against lower-case text', () => {
    // Every part of every pattern that decides on one character treats each typographic
    // character as its rewritten form treats the stand-in. A pattern that named a C1 control, or
    // a range that took in one, would fail here.
    const differences: string[] = [];
    const unique = new Set(lowerCasePatterns.flatMap(atoms));
    expect(unique.size).toBeGreaterThan(50);
    for (const atom of unique) {
      const original = new RegExp(`^(?:${atom})$`, 'u');
      const forSubject = new RegExp(`^(?:${rewritten(atom)})$`, 'u');
      for (const [character, standIn] of standIns) {
        if (original.test(character) !== forSubject.test(standIn)) differences.push(`${atom} on ${character}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('leaves the hints alone: none holds a typographic character or a stand-in', () => {
    const hints = [...askCues, ...problemCues, ...askExceptions, ...problemDampers].flatMap((cue) => cue.hints ?? []);
    expect(hints.filter((hint) => /[\x80-\x9f]/u.test(hint) || [...standIns.keys()].some((character) => hint.includes(character)))).toEqual([]);
  });

  it('matches where the text matched, on the lines of the real letters', () => {
    const folder = 'content/letters';
    const lines = readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => readFileSync(`${folder}/${name}`, 'utf8').split('\n'))
      .map(lowerCaseInPlace)
      .filter((line) => cueSubject(line) !== line);
    expect(lines.length).toBeGreaterThan(50);
    const spans = (match: RegExpExecArray | null) => (match ? [match.index, match[0].length] : null);
    let matched = 0;
    for (const pattern of lowerCasePatterns) {
      const forSubject = forCueSubject(pattern);
      for (const line of lines) {
        const original = spans(pattern.exec(line));
        expect(spans(forSubject.exec(cueSubject(line)!)), `${pattern.source.slice(0, 60)} on ${line}`).toEqual(original);
        if (original) matched++;
      }
    }
    expect(matched).toBeGreaterThan(20);
  });
});
