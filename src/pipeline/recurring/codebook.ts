import { z } from 'astro/zod';
import type { VFile } from 'vfile';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { messageSource } from '../messages.ts';
import { yamlValues } from '../yaml-values.ts';
import { cueKey } from './fold.ts';

export const recurringAskSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, 'use lower case letters, digits and hyphens')
      // The site lists the asks without a code at /terugkerend/zonder-code/.
      .refine((id) => id !== 'zonder-code', 'is reserved for the asks without a code: choose another id'),
    label: z.string().min(3),
    description: z.string().min(10),
    cues: z.array(z.string().min(2)).min(1),
    related: z.array(z.string()).default([]),
    /**
     * Whether an ask without cues of its own may take this code from the heading above it. Not for
     * a code whose words head a list of any asks ("Onze voorstellen", "Inbreng voor de formatie").
     */
    fromHeading: z.boolean().default(true),
    /**
     * Cues of other codes that name whom this code's asks are for: when this code applies, they
     * give no code of their own ("woningbouw voor statushouders" is a housing ask).
     */
    absorbs: z.array(z.string().min(2)).default([]),
    /** Phrases whose words are no cue of this code, though they look like one: "af te wijken" is no "wijken". */
    except: z.array(z.string().min(2)).default([]),
  })
  .strict();

export type RecurringAsk = z.infer<typeof recurringAskSchema>;

/**
 * Reads the editorial codebook. Every problem is a message on `file` at its line and column:
 * bad YAML, a missing or malformed field, a duplicate id, a `related` id that does not exist.
 */
export function readCodebook(text: string, file: VFile): RecurringAsk[] | undefined {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const fail = (reason: string, offset: number, ruleId: string) => {
    const { line, col } = lines.linePos(offset);
    const message = file.message(reason, { place: { line, column: col }, ruleId, source: messageSource });
    message.fatal = true;
  };
  for (const error of document.errors) fail(`Invalid YAML: ${error.message.split('\n')[0]}`, error.pos[0], 'codebook-yaml');
  if (document.errors.length) return undefined;
  const root = document.contents;
  if (!isSeq(root)) {
    fail('The codebook must be a list of recurring asks (`- id: …`)', 0, 'codebook-schema');
    return undefined;
  }
  const codes: RecurringAsk[] = [];
  const seen = new Map<string, number>();
  const read = yamlValues(document);
  if ('problems' in read) {
    for (const problem of read.problems) fail(`Invalid YAML: ${problem.reason}`, problem.offset, 'codebook-yaml');
    return undefined;
  }
  const values = read.values as unknown[];
  root.items.forEach((item, index) => {
    const start = (item as unknown as { range?: number[] }).range?.[0] ?? 0;
    const parsed = recurringAskSchema.safeParse(values[index]);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const node = isMap(item) ? (item.get(issue.path[0] as string, true) as unknown as { range?: number[] } | undefined) : undefined;
        fail(`Recurring ask ${index + 1}: \`${issue.path.join('.') || 'entry'}\` ${issue.message}`, node?.range?.[0] ?? start, 'codebook-schema');
      }
      return;
    }
    const idNode = isMap(item) ? (item.get('id', true) as unknown as { range?: number[] } | undefined) : undefined;
    if (seen.has(parsed.data.id)) fail(`Duplicate id \`${parsed.data.id}\` (first on line ${seen.get(parsed.data.id)})`, idNode?.range?.[0] ?? start, 'codebook-duplicate-id');
    else seen.set(parsed.data.id, lines.linePos(idNode?.range?.[0] ?? start).line);
    codes.push(parsed.data);
  });
  root.items.forEach((item, index) => {
    const related = isMap(item) ? item.get('related', true) : undefined;
    if (!isSeq(related)) return;
    related.items.forEach((entry) => {
      const id = String((entry as { value?: unknown }).value ?? '');
      if (!seen.has(id)) fail(`Recurring ask ${index + 1}: unknown id \`${id}\` in \`related\``, (entry as unknown as { range?: number[] }).range?.[0] ?? 0, 'codebook-unknown-id');
    });
  });
  // An absorbed cue that no other code has is a typo that would silently absorb nothing.
  root.items.forEach((item, index) => {
    const absorbs = isMap(item) ? item.get('absorbs', true) : undefined;
    const id = isMap(item) ? String(item.get('id') ?? '') : '';
    if (!isSeq(absorbs)) return;
    const others = new Set(codes.filter((code) => code.id !== id).flatMap((code) => code.cues.map(cueKey)));
    absorbs.items.forEach((entry) => {
      const cue = String((entry as { value?: unknown }).value ?? '');
      if (!others.has(cueKey(cue))) fail(`Recurring ask ${index + 1}: \`${cue}\` in \`absorbs\` is no cue of another code`, (entry as unknown as { range?: number[] }).range?.[0] ?? 0, 'codebook-unknown-cue');
    });
  });
  return file.messages.some((message) => message.fatal) ? undefined : codes;
}
