import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages } from '../helpers/site.ts';

describe('HTML validity', () => {
  it('has no html-validate errors on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const path of htmlPages()) {
      const report = await validator.validateFile(fileFor(path)!);
      for (const result of report.results) for (const message of result.messages) problems.push(`${path}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
    }
    expect(problems).toEqual([]);
  });
});
