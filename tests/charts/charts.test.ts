import { describe, expect, it } from 'vitest';
import type { MatrixInput } from '../../src/lib/charts/matrix.ts';
import { matrixSvg, sizeLegendSvg } from '../../src/lib/charts/matrix.ts';
import { networkSvg } from '../../src/lib/charts/network.ts';

const small: MatrixInput = {
  title: 'Terugkerende vragen per brief',
  rows: [
    { id: 'woningen', label: 'Genoeg betaalbare woningen', href: '/terugkerend/woningen/' },
    { id: 'regie', label: 'Regie & samenwerking <tussen> overheden', href: '/terugkerend/regie/' },
  ],
  columns: [
    { id: 'a', label: '2021 G4, G40', href: '/brieven/a/' },
    { id: 'b', label: '2022-06 Divosa', href: '/brieven/b/' },
    { id: 'c', label: 'z.d. VNG', href: '/brieven/c/' },
  ],
  cells: [
    { row: 'woningen', column: 'a', count: 1, href: '/claim/ask-1/', title: 'Woningen — a: 1 vraag' },
    { row: 'woningen', column: 'c', count: 4, href: '/terugkerend/woningen/#brief-c', title: 'Woningen — c: 4 vragen' },
    { row: 'regie', column: 'b', count: 2, href: '/terugkerend/regie/#brief-b', title: 'Regie — b: 2 vragen' },
  ],
};

describe('charts are pure functions of data → SVG', () => {
  it('draws the matrix', async () => {
    await expect(matrixSvg(small).replaceAll('><', '>\n<')).toMatchFileSnapshot('__snapshots__/matrix.svg');
  });
  it('draws the network', async () => {
    await expect(networkSvg(small).replaceAll('><', '>\n<')).toMatchFileSnapshot('__snapshots__/network.svg');
  });
  it('draws the legend', async () => {
    await expect(sizeLegendSvg([1, 2, 4], 4, (count) => `${count} vragen`).replaceAll('><', '>\n<')).toMatchFileSnapshot('__snapshots__/legend.svg');
  });
  it('escapes every label', () => {
    const svg = matrixSvg(small);
    expect(svg).toContain('Regie &amp; samenwerking &lt;tussen&gt; overheden');
    expect(svg).not.toContain('<tussen>');
  });
  it('gives every mark a link and an accessible name', () => {
    const svg = matrixSvg(small);
    expect(svg.match(/<a class="mark"[^>]*href="[^"]+"[^>]*aria-label="[^"]+"/gu)).toHaveLength(3);
  });
});

describe('legible at 100 letters × 50 recurring asks', () => {
  const letters = Array.from({ length: 100 }, (_, index) => ({ id: `brief-${index}`, label: `20${String(10 + (index % 15))}-${String((index % 12) + 1).padStart(2, '0')} Vereniging van Nederlandse Gemeenten en partners ${index}`, href: `/brieven/brief-${index}/` }));
  const asks = Array.from({ length: 50 }, (_, index) => ({ id: `vraag-${index}`, label: `Terugkerende vraag nummer ${index} over structurele financiering van het sociaal domein`, href: `/terugkerend/vraag-${index}/` }));
  // A deterministic pseudo-random spread: about a quarter of the cells filled.
  const cells = asks.flatMap((ask, row) => letters.flatMap((letter, column) => ((row * 7 + column * 13) % 4 === 0 ? [{ row: ask.id, column: letter.id, count: 1 + ((row + column) % 6), href: '/x/', title: `${ask.label} — ${letter.label}` }] : [])));
  const input: MatrixInput = { title: 'Groot corpus', rows: asks, columns: letters, cells };
  const svg = matrixSvg(input);
  const number = (name: string) => Number(new RegExp(`<svg[^>]* ${name}="([\\d.]+)"`, 'u').exec(svg)![1]);

  it('keeps cells and text at a readable size, with labels that do not overlap', () => {
    const fontSize = Number(/font-size="(\d+)"/u.exec(svg)![1]);
    expect(fontSize).toBeGreaterThanOrEqual(12);
    const rowY = [...svg.matchAll(/class="label row-label"[^>]*>.*?<text x="[\d.]+" y="([\d.]+)"/gu)].map((match) => Number(match[1]));
    expect(rowY).toHaveLength(50);
    const gaps = rowY.slice(1).map((y, index) => y - rowY[index]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(fontSize * 1.5);
    const columnX = [...svg.matchAll(/class="label column-label"[^>]*>.*?translate\(([\d.]+) /gu)].map((match) => Number(match[1]));
    expect(columnX).toHaveLength(100);
    // Column labels stand at 45°, so neighbours need at least the font size between their baselines.
    expect(Math.min(...columnX.slice(1).map((x, index) => x - columnX[index]!))).toBeGreaterThanOrEqual(fontSize * 1.4);
  });

  it('shortens long labels, keeping the full text in a title', () => {
    const shown = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/gu)].map((match) => match[1]!);
    expect(Math.max(...shown.map((text) => text.length))).toBeLessThanOrEqual(40);
    expect(svg).toContain(`<title>${asks[0]!.label}</title>`);
  });

  it('stays within a size a browser scrolls comfortably', () => {
    expect(number('width')).toBeLessThan(3500);
    expect(number('height')).toBeLessThan(1600);
    expect(svg.match(/<a class="mark"/gu)).toHaveLength(cells.length);
  });
});
