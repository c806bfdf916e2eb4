import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parseLetter } from '/work/main/src/pipeline/parse-letter.ts';
import { toString } from 'mdast-util-to-string';
const path = process.argv[2]!;
const file = new VFile({ path, value: readFileSync(path) });
const tree = unified().use(parseLetter).parse(file);
for (const n of tree.children as any[]) {
  const t = n.type === 'list' ? n.children.map((i: any) => '  * ' + toString(i).slice(0, 110)).join('\n') : toString(n).slice(0, 140);
  console.log(`${n.type}${n.depth ?? ''}${n.data?.role ? '/' + n.data.role : ''}${n.label ? '[' + n.label + ']' : ''} L${n.position?.start.line}: ${t}`);
}
console.log('REMOVED', file.data.removed?.map((r) => r.kind + '@' + r.position.start.line + ':' + r.text).join(' | '));
console.log('HYPHENS', file.data.hyphens?.map((h) => h.result + '(' + h.rule + ')').join(' '));
console.log(file.messages.map(String));
