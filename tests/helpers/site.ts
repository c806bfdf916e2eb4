import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { basePath, siteDir } from '../site/build-site.ts';

export { select, selectAll, toString };

/** The built file for a site path (`/pleitkaart/brieven/x/` → …/brieven/x/index.html). */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  if (!clean.startsWith(basePath)) return undefined;
  const local = join(siteDir, clean.slice(basePath.length));
  if (existsSync(local) && statSync(local).isFile()) return local;
  const index = join(local, 'index.html');
  return existsSync(index) ? index : undefined;
}

const cache = new Map<string, Root>();
export function page(path: string): Root {
  const file = fileFor(path);
  if (!file) throw new Error(`No page at ${path}`);
  let tree = cache.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    cache.set(file, tree);
  }
  return tree;
}

export function attribute(element: Element | undefined, name: string): string | undefined {
  const value = element?.properties?.[name];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
}

/** Every HTML page of the build, as site paths. */
export function htmlPages(): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) pages.push(`${basePath}/${relative(siteDir, full).replace(/index\.html$/u, '')}`);
    }
  };
  walk(siteDir);
  return pages.sort();
}
