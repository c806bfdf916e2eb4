import type { VFile } from 'vfile';
import type { Point, Position } from 'unist';
import { location } from 'vfile-location';

/** Where vfile messages from this project say they come from (`source` in vfile terms). */
export const messageSource = 'pleitkaart';

export type PlaceFinder = (offset: number) => Point;

/** Turns source offsets into line:column points of the original file (1-based). */
export function placeFinder(source: string): PlaceFinder {
  const place = location(source);
  return (offset) => {
    const point = place.toPoint(Math.min(Math.max(offset, 0), source.length));
    return point ?? { line: 1, column: 1, offset: 0 };
  };
}

export function positionOf(find: PlaceFinder, start: number, end: number): Position {
  return { start: find(start), end: find(end) };
}

export function warn(file: VFile, reason: string, place: Point | Position, ruleId: string): void {
  file.message(reason, { place, ruleId, source: messageSource });
}
