import type { Position } from 'unist';
import type { LetterEncoding } from './decode.ts';

/**
 * What a paragraph is, where the letter's layout says more than "running text". `table`: a row of a
 * table of figures, its columns set apart by runs of spaces, kept as printed. `contents`: a line of
 * a table of contents ("2. Wat gaat er mis? ........ 3"), kept as printed.
 */
export type BlockRole = 'title' | 'address' | 'salutation' | 'closing' | 'signature' | 'colophon' | 'table' | 'cell' | 'column-head' | 'contents' | 'rule' | 'quoted' | 'cover';

/** A piece of the source that the layout repair removed, kept so nothing disappears silently. */
export interface RemovedArtifact {
  kind: 'running-header' | 'page-number' | 'note-rule';
  text: string;
  position: Position;
}

/** How a line-end hyphen was resolved, and which rule decided. */
export interface HyphenDecision {
  left: string;
  right: string;
  result: string;
  rule: string;
  position: Position;
}

declare module 'mdast' {
  interface TextData {
    /** Source offset of each character of `value` (plus the end). */
    offsets?: Int32Array;
  }
  interface ParagraphData {
    role?: BlockRole;
    /** A table cell's column, from 0 at the left (roles `cell` and `column-head`). */
    column?: number;
  }
  interface HeadingData {
    role?: BlockRole;
  }
  interface FootnoteDefinitionData {
    /** Chapter heading in the notes section, where numbering restarts per chapter. */
    chapter?: string;
    number?: string;
    /** Numbered "(1)" among the notes: only then is a "(1)" in the text a marker, not an enumeration. */
    parenthesised?: boolean;
  }
  interface ListItemData {
    /** The number as printed before an ordered item ("3" for "3."). */
    number?: string;
    /** A bullet that is a letter (Word's sub-bullet "o"): a marker, not a word, yet accounted for. */
    bullet?: string;
    /** 1 for an item under the one before it: indented further, or with a sub-bullet ("o", "○", "◦") under other bullets. */
    level?: number;
  }
  interface FootnoteReferenceData {
    number?: string;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The letter as decoded text; every position refers to it. */
    source: string;
    /** How the letter's bytes were decoded into `source`. */
    encoding: LetterEncoding;
    removed: RemovedArtifact[];
    hyphens: HyphenDecision[];
  }
}
