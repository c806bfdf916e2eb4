import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { decodeLetter } from './decode.ts';
import { buildLetterTree } from './layout/build-tree.ts';
import { warnIfHtml, warnIfNotDutch } from './input-checks.ts';
import { withoutMarkdown } from './markdown.ts';

/**
 * unified parser for letters extracted from PDF: decodes the bytes (stage 1), reads the markup of
 * a letter converted to Markdown as layout, and repairs the layout into mdast (stage 2). An
 * unreadable file yields an empty tree and a fatal message.
 */
export const parseLetter: Plugin<[], string, Root> = function () {
  this.parser = (_document: string, file: VFile): Root => {
    const decoded = decodeLetter(file);
    if (!decoded) return { type: 'root', children: [] };
    file.data.source = decoded.source;
    file.data.encoding = decoded.encoding;
    warnIfHtml(decoded, file);
    warnIfNotDutch(decoded, file);
    return buildLetterTree(withoutMarkdown(decoded) ?? decoded, file);
  };
};
