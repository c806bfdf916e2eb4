/**
 * "Aanbeveling 1:", "Voorstel 2 –": a numbered label before what a heading or an item says. The
 * sentence stage leaves it out of a heading's sentence and the claims stage reads the command
 * after it; neither should import the other.
 */
export const numberedLabel = String.raw`(?:[Aa]anbeveling|[Vv]oorstel|[Pp]unt|[Ee]is|[Oo]proep|[Aa]ctiepunt|[Aa]dvies|[Mm]aatregel|[Vv]erzoek|[Pp]rioriteit|[Ss]tap)\s+(?:\d{1,2}|[IVX]{1,4}|[a-z])\s*[.:–—-]`;

/** "2.1 ", "3.2.1. " before a capital: the number of a paragraph numbered as a section, not a figure ("1.2 miljoen"). */
export const sectionNumber = /^\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+(?=\p{Lu})/u;
