import { VFile } from 'vfile';
import { letterProcessor } from '../../src/pipeline/processor.ts';

/** Runs the whole pipeline on a string or bytes, as the extractor does. */
export async function runLetter(value: string | Uint8Array, path = 'letter.txt') {
  const file = new VFile({ path, value: typeof value === 'string' ? new TextEncoder().encode(value) : value });
  const processor = letterProcessor();
  const tree = processor.parse(file);
  if (!file.messages.some((message) => message.fatal)) await processor.run(tree, file);
  return { file, tree };
}
