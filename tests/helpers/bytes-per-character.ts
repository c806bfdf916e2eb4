import { serialize } from 'node:v8';

/** How V8 holds a string, as its serializer writes it: tag 0x22 one byte a character, 0x63 two (after padding bytes 0x00). */
export function bytesPerCharacter(text: string): number | undefined {
  const bytes = serialize(text);
  let at = 2;
  while (bytes[at] === 0x00) at++;
  return ({ 0x22: 1, 0x63: 2 } as Record<number, number>)[bytes[at]!];
}
