import type { AST } from '@eslint-community/regexpp';
import { RegExpParser } from '@eslint-community/regexpp';

/** More strings than this and a run of the pattern counts as open: it proves nothing. */
const maxStrings = 4096;

/**
 * The alternatives of a pattern that can match a sentence with none of the hints in it: the
 * classifier never runs them there (`hintFilter`), so they are dead. For every alternative, some
 * run of its elements must spell only strings that contain a hint; white space counts as one
 * space, as the classifier scans the sentence with its white space collapsed.
 */
export function alternativesWithoutHint(pattern: RegExp, hints: readonly string[]): string[] {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.flags.includes('u') });
  return ast.alternatives.filter((alternative) => !covered(alternative, hints)).map((alternative) => alternative.raw);
}

function covered(alternative: AST.Alternative, hints: readonly string[]): boolean {
  let run: string[] | null = [''];
  for (const element of alternative.elements) {
    const spelled = strings(element);
    if (spelled) {
      run = run ? product(run, spelled) : spelled;
      if (run && run.every((text) => hints.some((hint) => text.includes(hint)))) return true;
      continue;
    }
    // "\d+", "\s+" and the like: the run goes on through their first repetition, and again from their last.
    const repeated = element.type === 'Quantifier' && element.min >= 1 ? strings(element.element) : null;
    if (repeated) {
      const through = run ? product(run, repeated) : null;
      if (through && through.every((text) => hints.some((hint) => text.includes(hint)))) return true;
      run = repeated;
      continue;
    }
    // An open element ends the run; one that must match at least once may hold a hint itself.
    if (required(element) && inner(element).some((branch) => branch.length > 0 && branch.every((part) => covered(part, hints)))) return true;
    // What follows an open element that ends in white space ("(\S+\s+){0,3}") follows a space,
    // also when it matched nothing after a run that ended in one.
    const spaceBefore = run !== null && run.length > 0 && run.every((text) => text.endsWith(' '));
    run = endsInSpace(element) && (required(element) || spaceBefore) ? [' '] : [''];
  }
  return false;
}

function endsInSpace(element: AST.Element): boolean {
  switch (element.type) {
    case 'CharacterSet':
      return element.kind === 'space' && !element.negate;
    case 'Quantifier':
      return endsInSpace(element.element);
    case 'Group':
    case 'CapturingGroup':
      return element.alternatives.every((alternative) => {
        const last = alternative.elements.at(-1);
        return last !== undefined && endsInSpace(last);
      });
    default:
      return false;
  }
}

/** The alternatives inside a required group or quantified group, to look for hints in. */
function inner(element: AST.Element): AST.Alternative[][] {
  if (element.type === 'Group' || element.type === 'CapturingGroup') return [element.alternatives];
  if (element.type === 'Quantifier') return inner(element.element);
  return [];
}

function required(element: AST.Element): boolean {
  return element.type !== 'Quantifier' || element.min >= 1;
}

function product(left: string[], right: string[]): string[] | null {
  if (left.length * right.length > maxStrings) return null;
  return left.flatMap((a) => right.map((b) => a + b));
}

/** Every string an element can match, when they are few; white space as one space. */
function strings(element: AST.Element): string[] | null {
  switch (element.type) {
    case 'Character':
      return [String.fromCodePoint(element.value).replace(/\s/u, ' ')];
    case 'Assertion':
      // What must stand before ends in white space: a space before what follows.
      if (element.kind === 'lookbehind' && !element.negate && element.alternatives.every((alternative) => alternative.elements.length > 0 && endsInSpace(alternative.elements.at(-1)!))) return [' '];
      return element.kind === 'lookahead' || element.kind === 'lookbehind' || element.kind === 'word' || element.kind === 'start' || element.kind === 'end' ? [''] : null;
    case 'CharacterSet':
      if (element.kind === 'digit' && !element.negate) return ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
      return element.kind === 'space' && !element.negate ? [' '] : null;
    case 'CharacterClass': {
      if (element.negate || element.unicodeSets) return null;
      const chars = element.elements.map((part) => (part.type === 'Character' ? String.fromCodePoint(part.value) : null));
      return chars.every((char) => char !== null) ? [...new Set(chars.map((char) => char!.replace(/\s/u, ' ')))] : null;
    }
    case 'Group':
    case 'CapturingGroup': {
      const all: string[] = [];
      for (const alternative of element.alternatives) {
        let spelled: string[] | null = [''];
        for (const part of alternative.elements) {
          const next = strings(part);
          spelled = next && spelled ? product(spelled, next) : null;
          if (!spelled) return null;
        }
        all.push(...spelled);
      }
      return all.length > maxStrings ? null : [...new Set(all)];
    }
    case 'Quantifier': {
      const once = strings(element.element);
      if (!once) return null;
      // `\s+` is one space in the collapsed sentence.
      if (once.length === 1 && once[0] === ' ' && element.max === Infinity) return [' '];
      if (element.max === Infinity || element.max > 3) return null;
      let spelled = element.min === 0 ? [''] : [];
      let power: string[] | null = [''];
      for (let count = 1; count <= element.max; count++) {
        power = power && product(power, once);
        if (!power) return null;
        if (count >= element.min) spelled = [...spelled, ...power];
      }
      return [...new Set(spelled)];
    }
    default:
      return null;
  }
}
