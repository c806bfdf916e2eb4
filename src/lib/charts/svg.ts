/** Escapes text for SVG/XML content and attribute values. */
export function xml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');
}

/** One decimal: small, stable SVG and snapshot-friendly numbers. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Shortens a label to `max` characters with an ellipsis; the full text goes in a <title>. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A rough width for text in a sans-serif font: enough to lay out labels without a DOM. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}
