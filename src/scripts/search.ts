import MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { analyzeTerm } from '../lib/search/analyzer.ts';
import { bestCompoundSplit } from '../lib/search/compounds.ts';
import type { SearchDocument, SearchLetter, SearchManifest } from '../lib/search/options.ts';
import type { StoredResult } from '../lib/search/options.ts';
import { kindOf, miniSearchOptions, readStored, resultUrl, searchQuery, tokenize } from '../lib/search/options.ts';

type Stored = SearchResult & { stored: StoredResult };
interface Result {
  id: string;
  terms: string[];
  kind: SearchDocument['kind'];
  snippet: string;
  addressee: string;
  recurring: string[];
  letter: string;
  info: SearchLetter;
  organisations: string[];
  year: string;
}
type Labels = {
  recurringOrder: string[];
  recurring: Record<string, string>;
  kind: Record<string, string>;
  facet: Record<string, string>;
  text: Record<string, string>;
};

/** Facets: URL key, label key, and the values a result has. */
const facets = [
  { key: 'type', label: 'type', values: (result: Result) => [result.kind] },
  { key: 'brief', label: 'letter', values: (result: Result) => [result.letter] },
  { key: 'organisatie', label: 'organisation', values: (result: Result) => result.organisations },
  { key: 'aan', label: 'addressee', values: (result: Result) => (result.addressee ? [result.addressee] : []) },
  { key: 'terugkerend', label: 'recurring', values: (result: Result) => result.recurring },
  { key: 'jaar', label: 'year', values: (result: Result) => [result.year] },
] as const;
type FacetKey = (typeof facets)[number]['key'];

interface State {
  q: string;
  filters: Partial<Record<FacetKey, string>>;
}

function readState(): State {
  const params = new URLSearchParams(location.search);
  const filters: State['filters'] = {};
  for (const facet of facets) {
    const value = params.get(facet.key);
    if (value !== null) filters[facet.key] = value;
  }
  return { q: params.get('q') ?? '', filters };
}

function urlFor(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of facets) {
    const value = state.filters[facet.key];
    if (value !== undefined) params.set(facet.key, value);
  }
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, options: { className?: string; text?: string; attributes?: Record<string, string> } = {}, children: Node[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The text with matched words in <mark>, built from text nodes: letter text is never parsed as HTML. */
export function highlighted(text: string, terms: Set<string>): Node[] {
  return text.split(/([\p{L}\p{N}]+)/u).map((part) => {
    if (!part) return document.createTextNode('');
    const matches = /^[\p{L}\p{N}]+$/u.test(part) && analyzeTerm(part).some((term) => terms.has(term));
    return matches ? element('mark', { text: part }) : document.createTextNode(part);
  });
}

export function startSearch(): void {
  const layout = document.querySelector<HTMLElement>('.search-layout');
  const input = document.querySelector<HTMLInputElement>('#zoekterm');
  const form = document.querySelector<HTMLFormElement>('.search-form');
  const labelsElement = document.querySelector('#search-labels');
  if (!layout || !input || !form || !labelsElement) return;
  const labels = JSON.parse(labelsElement.textContent ?? '{}') as Labels;
  // Letters and organisations arrive with the search manifest, before any shard.
  let corpus: SearchManifest = { shards: 0, letters: [], organisations: {} };
  let letterTitles = new Map<string, string>();
  const count = layout.querySelector<HTMLElement>('.result-count')!;
  const list = layout.querySelector<HTMLOListElement>('.results')!;
  const help = layout.querySelector<HTMLElement>('.empty-help')!;
  const facetArea = layout.querySelector<HTMLElement>('.facets')!;
  // On a phone the filters start folded, so that the results come first.
  if (matchMedia('(max-width: 48rem)').matches) facetArea.querySelector('details')!.open = false;
  const facetGroups = layout.querySelector<HTMLElement>('.facet-groups')!;
  let state = readState();
  input.value = state.q;
  count.textContent = labels.text.loading ?? '';

  const valueLabel = (key: FacetKey, value: string) => {
    if (key === 'type') return labels.kind[value] ?? value;
    if (key === 'brief') return letterTitles.get(value) ?? value;
    if (key === 'organisatie') return corpus.organisations[value] ?? value;
    if (key === 'terugkerend') return labels.recurring[value] ?? value;
    if (key === 'jaar') return value || labels.text.noYear || '';
    return value;
  };

  const go = (next: State, mode: 'push' | 'replace') => {
    state = next;
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', urlFor(state));
    render();
  };

  // The index comes in shards: results show as soon as the first shard is in, and grow with the rest.
  const shards: Array<MiniSearch<SearchDocument>> = [];
  const searchAll = (query: string | typeof MiniSearch.wildcard) => {
    const parsed = query === MiniSearch.wildcard ? query : searchQuery(query);
    return shards.flatMap((shard) => shard.search(parsed)).sort((a, b) => b.score - a.score);
  };

  /**
   * An index term as the letters write it: the index keeps only the stem of some words
   * ("bestaanszeker"), so read the word back from a result that has it ("bestaanszekerheid").
   */
  const asWritten = (term: string) => {
    for (const result of searchAll(term) as Stored[]) {
      const word = tokenize(readStored(result.stored).snippet).find((part) => analyzeTerm(part).includes(term));
      if (word) return word.toLowerCase();
    }
    return term;
  };

  const render = () => {
    if (!shards.length) return;
    const query = state.q.trim();
    const active = Object.keys(state.filters).length > 0;
    const found = (query ? searchAll(query) : active ? searchAll(MiniSearch.wildcard) : []) as Stored[];
    const all: Result[] = found.map((result) => {
      const { snippet, letter, addressee, recurring } = readStored(result.stored);
      const info = corpus.letters[letter] ?? { id: '', title: '', organisations: [], year: '' };
      const id = String(result.id);
      return { id, terms: result.terms, kind: kindOf(id), snippet, addressee, recurring: recurring.map((index) => labels.recurringOrder[index] ?? String(index)), letter: info.id, info, organisations: info.organisations, year: info.year };
    });
    const passes = (result: Result, except?: FacetKey) =>
      facets.every((facet) => facet.key === except || state.filters[facet.key] === undefined || (facet.values(result) as readonly string[]).includes(state.filters[facet.key]!));
    const results = all.filter((result) => passes(result));

    count.textContent = query ? countText(results.length, query) : active ? countAll(results.length) : (labels.text.empty ?? '');
    // For the benchmark: when the first results appear after loading the page.
    if (results.length && !performance.getEntriesByName('pleitkaart:first-result').length) performance.mark('pleitkaart:first-result');
    list.replaceChildren(
      ...results.slice(0, 200).map((result) => {
        const terms = new Set(result.terms);
        const link = element('a', { attributes: { href: resultUrl(result.id, result.info, layout.dataset.base ?? '/') } }, highlighted(result.snippet, terms));
        const meta = [result.info.title, result.addressee && fill(labels.text.aimedAt, { name: result.addressee })].filter(Boolean).join(' · ');
        return element('li', {}, [element('span', { className: `badge ${result.kind === 'section' ? 'section' : result.kind}`, text: labels.kind[result.kind] ?? result.kind }), document.createTextNode(' '), link, element('span', { className: 'where', text: meta })]);
      }),
    );

    help.replaceChildren();
    if (results.length === 0 && (query || active)) {
      if (active) {
        const links = Object.entries(state.filters).map(([key, value]) => {
          const next = { q: state.q, filters: { ...state.filters } };
          delete next.filters[key as FacetKey];
          return element('li', {}, [element('a', { text: `${labels.facet[facets.find((facet) => facet.key === key)!.label]}: ${valueLabel(key as FacetKey, value!)} ×`, attributes: { href: urlFor(next), 'data-state': JSON.stringify(next) } })]);
        });
        help.append(element('p', { text: labels.text.removeFilter ?? '' }), element('ul', {}, links));
      } else {
        // Each suggestion holds a word's surface form or its stem: show a word as the letters write it.
        const near = shards.flatMap((shard) => shard.autoSuggest(query, { fuzzy: 0.3, prefix: true, combineWith: 'OR' })).sort((a, b) => b.score - a.score).map((suggestion) => asWritten(suggestion.terms.reduce((longest, term) => (term.length > longest.length ? term : longest), '')));
        // A compound the letters do not write may be found in its parts: "jeugdzorg" as "jeugd zorg".
        const split = bestCompoundSplit(query, (words) => shards.reduce((sum, shard) => sum + shard.search(searchQuery(words), { fuzzy: false }).length, 0));
        const words = [...new Set([...(split ? [split.query] : []), ...near])].slice(0, 4);
        if (words.length) {
          help.append(element('p', { text: labels.text.didYouMean ?? '' }), element('ul', {}, words.map((word) => element('li', {}, [element('a', { text: word, attributes: { href: urlFor({ q: word, filters: state.filters }), 'data-state': JSON.stringify({ q: word, filters: state.filters }) } })]))));
        }
      }
    }

    // Kept in place while empty (invisible), so that results and filters arriving move nothing.
    facetArea.toggleAttribute('data-empty', all.length === 0);
    facetGroups.replaceChildren(
      ...facets.map((facet) => {
        const counts = new Map<string, number>();
        for (const result of all) if (passes(result, facet.key)) for (const value of facet.values(result)) counts.set(value, (counts.get(value) ?? 0) + 1);
        const selected = state.filters[facet.key];
        if (selected !== undefined && !counts.has(selected)) counts.set(selected, 0);
        const items = [...counts].sort((a, b) => b[1] - a[1] || valueLabel(facet.key, a[0]).localeCompare(valueLabel(facet.key, b[0]), 'nl')).map(([value, number]) => {
          const next: State = { q: state.q, filters: { ...state.filters } };
          if (selected === value) delete next.filters[facet.key];
          else next.filters[facet.key] = value;
          const link = element('a', { text: `${valueLabel(facet.key, value)} (${number})`, attributes: { href: urlFor(next), 'data-state': JSON.stringify(next), 'aria-pressed': String(selected === value), role: 'button' } });
          return element('li', {}, [link]);
        });
        const id = `facet-${facet.key}`;
        return element('div', { className: 'facet' }, [element('h3', { text: labels.facet[facet.label] ?? facet.label, attributes: { id } }), element('ul', { attributes: { 'aria-labelledby': id } }, items)]);
      }),
    );
  };

  const fill = (template: string | undefined, values: Record<string, string | number>) => (template ?? '').replace(/\{(\w+)\}/gu, (_, key: string) => String(values[key] ?? ''));
  const countText = (number: number, query: string) => fill(number === 0 ? labels.text.countNone : number === 1 ? labels.text.countOne : labels.text.countMany, { n: number, q: query });
  const countAll = (number: number) => fill(number === 1 ? labels.text.countAllOne : labels.text.countAllMany, { n: number });

  // Links carry the next state: clicking changes the page without a reload, and stays shareable.
  layout.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-state]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const next = JSON.parse(link.dataset.state!) as State;
    input.value = next.q;
    go(next, 'push');
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => go({ q: input.value, filters: state.filters }, 'replace'), 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go({ q: input.value, filters: state.filters }, 'push');
  });
  window.addEventListener('popstate', () => {
    state = readState();
    input.value = state.q;
    render();
  });
  // Arrow keys move from the box through the results; Enter opens the focused one.
  const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('li > a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      resultLinks()[0]?.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    const links = resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && at >= 0) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.focus();
      else links[at - 1]?.focus();
    }
  });

  const manifest = layout.dataset.index!;
  const shardUrl = (shard: number) => manifest.replace(/index\.json$/u, `index-${shard}.json`);
  fetch(manifest)
    .then((response) => response.json() as Promise<SearchManifest>)
    .then((loaded) => {
      corpus = loaded;
      letterTitles = new Map(loaded.letters.map((letter) => [letter.id, letter.title]));
      return Promise.all(
        Array.from({ length: loaded.shards }, (_, shard) =>
          fetch(shardUrl(shard))
            .then((response) => response.text())
            .then((json) => {
              shards.push(MiniSearch.loadJSON<SearchDocument>(json, miniSearchOptions));
              render();
            }),
        ),
      );
    })
    .catch(() => {
      count.textContent = labels.text.loadFailed ?? '';
    });
}
