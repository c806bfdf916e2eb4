import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { extractionNodeFlags } from '../../src/pipeline/node-flags.ts';

it('npm run extract runs Node with the flags the build gives its extraction process', () => {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  expect(scripts.extract).toBe(`node ${extractionNodeFlags.join(' ')} scripts/extract.ts`);
});
