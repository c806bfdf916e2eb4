import { z } from 'astro/zod';
import type { VFile } from 'vfile';
import { parseDocument } from 'yaml';
import { existingDay } from './dates.ts';
import { messageSource } from './messages.ts';
import { yamlValues } from './yaml-values.ts';

/** "2025", "2025-03", "2025-03-12". */
const isoShape = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

/** "2025-02", "2024-02-29": a month and day the calendar has. */
const inCalendar = (date: string) => {
  // A date of another shape is the pattern's to report.
  if (!isoShape.test(date)) return true;
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  return existingDay(year!, month, day);
};

/** Facts a letter does not print, kept beside it in `<letter>.meta.yaml`. */
export const letterMetaSchema = z.object({
  title: z.string().min(1).optional(),
  // YAML reads a bare year (2021) as a number.
  date: z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string().regex(isoShape, 'use YYYY, YYYY-MM or YYYY-MM-DD').refine(inCalendar, 'this month or day does not exist')).optional(),
  dateEvidence: z.string().min(1).optional(),
  sourceUrl: z.string().url().optional(),
}).strict().refine((meta) => !meta.date || meta.dateEvidence, { message: 'an inferred date needs `dateEvidence`: say why', path: ['dateEvidence'] });

export type LetterMeta = z.infer<typeof letterMetaSchema>;

/** Parses a metadata file; problems become messages on `file` with line:column. */
export function readLetterMeta(text: string, file: VFile): LetterMeta | undefined {
  const document = parseDocument(text, { prettyErrors: false });
  for (const error of document.errors) {
    const [line = 1, column = 1] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [];
    const message = file.message(`Invalid YAML: ${error.message.split('\n')[0]}`, { place: { line, column }, ruleId: 'meta-yaml', source: messageSource });
    message.fatal = true;
  }
  if (document.errors.length) return undefined;
  const placeOf = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  };
  const read = yamlValues(document);
  if ('problems' in read) {
    for (const problem of read.problems) file.message(`Invalid YAML: ${problem.reason}`, { place: placeOf(problem.offset), ruleId: 'meta-yaml', source: messageSource }).fatal = true;
    return undefined;
  }
  const parsed = letterMetaSchema.safeParse(read.values ?? {});
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const node = document.getIn(issue.path, true) as { range?: [number, number] } | undefined;
    const message = file.message(`Invalid metadata \`${issue.path.join('.') || 'file'}\`: ${issue.message}`, { place: placeOf(node?.range?.[0] ?? 0), ruleId: 'meta-schema', source: messageSource });
    message.fatal = true;
  }
  return undefined;
}
