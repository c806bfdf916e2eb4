import type { SiteData } from '../site-data.ts';
import { letterTitle } from '../format.ts';
import { organisationSlugFor } from '../organisations.ts';
import type { SearchDocument, SearchLetter } from './options.ts';
import { searchId, snippetLength } from './options.ts';

/** Per-letter facts for the results and facets, sent once with the search page. */
export function searchLetters(data: SiteData): SearchLetter[] {
  const senders = data.organisations;
  return data.documents.map((letter) => ({
    id: letter.id,
    title: letterTitle(letter),
    organisations: [...new Set(letter.senders.map((sender) => organisationSlugFor(sender.name, senders)))],
    year: letter.date?.slice(0, 4) ?? '',
  }));
}

/** The search documents: every claim, and every section of every letter (text under a heading). */
export function searchDocuments(data: SiteData): SearchDocument[] {
  const documents: SearchDocument[] = [];
  data.documents.forEach((letter, letterIndex) => {
    const title = letterTitle(letter);
    for (const claim of data.claimsByDocument.get(letter.id) ?? []) {
      documents.push({
        id: searchId(claim.type, claim.id),
        kind: claim.type,
        text: claim.text,
        snippet: claim.text,
        context: claim.section ?? '',
        letter: letterIndex,
        addressee: claim.addressee?.name,
        recurring: claim.recurringAsks.map((id) => data.recurring.findIndex((code) => code.id === id)).filter((index) => index >= 0),
      });
    }
    const text = data.texts.get(letter.id);
    if (!text) return;
    // Sections: a heading and the running text under it, linked to the heading in the letter. The
    // text above the first heading (all of a letter without headings) is a section under the
    // letter's title, linked to the start of the text (line 0).
    let heading: { text: string; line: number } = { text: title, line: 0 };
    let body: string[] = [];
    let titled = false;
    const flush = () => {
      const whole = body.filter(Boolean).join(' ');
      if (whole) {
        documents.push({
          id: searchId('section', '', letterIndex, heading.line),
          kind: 'section',
          text: whole,
          snippet: whole.length > snippetLength ? `${whole.slice(0, snippetLength).replace(/\s+\S*$/u, '')} …` : whole,
          // The letter's first section carries its title, so a search for a letter finds it
          // (once: in every section the title would weigh on the index, not on the results).
          context: titled || heading.line === 0 ? heading.text : `${heading.text} · ${title}`,
          letter: letterIndex,
        });
        titled = true;
      }
      body = [];
    };
    // A section is found by its sentences that are not claims; the claims are documents of their own.
    const plain = (inlines: Array<{ type: string; value?: string; sentence?: number }>) =>
      inlines
        .filter((inline) => inline.sentence === undefined || !text.claimsBySentence[String(inline.sentence)])
        .map((inline) => inline.value ?? '')
        .join('')
        .replace(/\s+/gu, ' ')
        .trim();
    for (const block of text.blocks) {
      if (block.type === 'heading' && !block.role) {
        flush();
        heading = { text: block.inlines.map((inline) => ('value' in inline ? inline.value : '')).join(''), line: block.line };
      } else if (block.type === 'paragraph' && (!block.role || block.role === 'cell' || block.role === 'column-head')) body.push(plain(block.inlines));
      else if (block.type === 'list') body.push(...block.items.map((item) => plain(item.inlines)));
    }
    flush();
  });
  return documents;
}
