import type { Claim, LetterTextRecord } from '../pipeline/schema.ts';

type Inline = LetterTextRecord['blocks'][number] extends infer Block ? (Block extends { inlines: Array<infer I> } ? I : never) : never;

export type RenderPiece =
  | { kind: 'text'; value: string }
  | { kind: 'claim'; value: string; types: Array<'ask' | 'problem'>; anchors: string[]; badges: Claim[] }
  | { kind: 'ref'; footnote: string; label: string; anchor: string };

/**
 * Turns a block's inlines into pieces to render: plain text, claim text (anchored and badged on
 * its first piece) and footnote references (each with a unique back-link anchor). The white space
 * around a claim's text stays outside its mark, so the label stands right before the claim's first
 * word and the space between two sentences is not lost between two marks.
 */
export function renderPieces(inlines: Inline[], claimsBySentence: Record<string, string[]>, claims: Map<string, Claim>, seen: { sentences: Set<number>; refs: Map<string, number> }): RenderPiece[] {
  return pieces(inlines, claimsBySentence, claims, seen).flatMap((piece): RenderPiece[] => {
    if (piece.kind !== 'claim') return [piece];
    const [, before = '', value = piece.value, after = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(piece.value) ?? [];
    const space = (text: string): RenderPiece[] => (text ? [{ kind: 'text', value: text }] : []);
    return [...space(before), { ...piece, value }, ...space(after)];
  });
}

function pieces(inlines: Inline[], claimsBySentence: Record<string, string[]>, claims: Map<string, Claim>, seen: { sentences: Set<number>; refs: Map<string, number> }): RenderPiece[] {
  return inlines.map((inline): RenderPiece => {
    if (inline.type === 'ref') {
      const count = (seen.refs.get(inline.footnote) ?? 0) + 1;
      seen.refs.set(inline.footnote, count);
      return { kind: 'ref', footnote: inline.footnote, label: inline.label, anchor: refAnchor(inline.footnote, count) };
    }
    const ids = inline.sentence === undefined ? [] : (claimsBySentence[String(inline.sentence)] ?? []);
    const found = ids.map((id) => claims.get(id)).filter((claim): claim is Claim => Boolean(claim));
    // White space alone (between a sentence and its footnote marker) carries no mark, nor the label.
    if (!found.length || !/\S/u.test(inline.value)) return { kind: 'text', value: inline.value };
    const first = !seen.sentences.has(inline.sentence!);
    seen.sentences.add(inline.sentence!);
    return { kind: 'claim', value: inline.value, types: found.map((claim) => claim.type), anchors: first ? found.map((claim) => claim.id) : [], badges: first ? found : [] };
  });
}

export function refAnchor(footnote: string, occurrence: number): string {
  return occurrence === 1 ? `ref-${footnote}` : `ref-${footnote}-${occurrence}`;
}

/** A list item with the sub-items printed under it ("o" under "•", or indented further). */
export interface NestedItem<T> {
  item: T;
  children: T[];
}

/** Groups each run of sub-items (level 1) under the item before it; a sub-item with no item before it stands on its own. */
export function nestItems<T extends { level?: number }>(items: readonly T[]): Array<NestedItem<T>> {
  const nested: Array<NestedItem<T>> = [];
  for (const item of items) {
    const parent = nested.at(-1);
    if (item.level && parent) parent.children.push(item);
    else nested.push({ item, children: [] });
  }
  return nested;
}

/**
 * Roles printed a line to a paragraph: the letterhead and address, the signature, the colophon, a
 * quoted earlier message, a note that forwards the letter.
 */
const lineRoles = new Set(['address', 'signature', 'colophon', 'quoted', 'cover']);

/**
 * Whether a line of the letterhead, address, signature or colophon follows a line of those with an
 * empty line between them in the letter ("… 3500 AA Utrecht" / "" / "Aan de leden …"): the page
 * keeps the letter's groups of lines apart, as printed.
 */
export function afterEmptyLine(previous: { line: number; role?: string } | undefined, block: { line: number; role?: string }): boolean {
  return previous !== undefined && lineRoles.has(block.role ?? '') && lineRoles.has(previous.role ?? '') && block.line > previous.line + 1;
}
