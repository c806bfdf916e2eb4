import type { Document } from 'yaml';
import { visit } from 'yaml';

export interface YamlProblem {
  reason: string;
  /** Offset in the text. */
  offset: number;
}

/**
 * The plain values of a parsed YAML document, or the problems that keep it from having any. The
 * `yaml` library parses `*woning` as an alias without complaint and throws only when asked for
 * values: an unquoted cue that starts with `*` would otherwise end the build with a stack trace.
 */
export function yamlValues(document: Document): { values: unknown } | { problems: YamlProblem[] } {
  const problems: YamlProblem[] = [];
  visit(document, {
    Alias(_key, alias) {
      if (!alias.resolve(document)) problems.push({ reason: `\`*${alias.source}\` reads as a YAML alias to an anchor that does not exist: put a text that starts with \`*\` in quotes ("*${alias.source}")`, offset: alias.range?.[0] ?? 0 });
    },
  });
  if (problems.length) return { problems };
  try {
    return { values: document.toJS() };
  } catch (error) {
    // Aliases that expand without end ("billion laughs").
    return { problems: [{ reason: (error as Error).message, offset: 0 }] };
  }
}
