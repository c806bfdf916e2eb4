/** A line of a postal address: "Postbus 20018", "2500 EA Den Haag", "Bezuidenhoutseweg 30", "Stadhuis, Amstel 1". */
export const postalLine = /^(postbus\s+\d+|\d{4}\s?\p{Lu}{2}\b|(\p{Lu}[\p{L}'.-]*,\s+)?\p{Lu}[\p{L}'.-]*(\s+\p{L}[\p{L}'.-]*){0,2}\s+\d+\s*\p{L}?$)/u;

/** A line only a postal address has: a post box or a postcode before a place ("3800 AV Amersfoort"). */
export const postboxOrPostcode = /^(postbus\s+\d+|\d{4}\s?\p{Lu}{2}\s+\p{Lu})/iu;

/** A line of nothing but a way to reach the sender, as letterheads print them: "utrecht@fietsersbond.nl", "www.museumvereniging.nl", "T 020 551 29 00". */
export const contactDetail = /^((e-?mail|e|w|web|website)\s*:?\s*)?(\S+@[\p{L}\d-]+(\.[\p{L}\d-]+)+|(https?:\/\/|www\.)\S+)$|^(t|tel\.?|telefoon)\s*:?\s*\+?\d[\d\s()-]{7,}$/iu;

// "Van:" and "Verzonden:" only with their colon, as in an e-mail; without it, "van de Tweede Kamer" goes on an address line.
// "From:", "Sent:" and "Subject:" are the same fields from an e-mail program in English; "Inzake:" (only
// with its colon: "Inzake de begroting …" opens a sentence) names the subject as "Betreft:" does.
export const fieldLabels = /^(van(?=\s*:)|verzonden(?=\s*:)|from(?=\s*:)|sent(?=\s*:)|subject(?=\s*:)|inzake(?=\s*:)|datum|onderwerp|betreft|ons kenmerk|uw kenmerk|kenmerk|bijlage\(n\)|bijlagen?|contactpersoon|doorkiesnummer|telefoon|e-?mail|per e-?mail)\s*:?\s*(.*)$/iu;

/**
 * A field of the letterhead with its value: "Datum 3 maart 2025", "Kenmerk: IPO-2025-0112". Set
 * beside the sender's name it marks the letterhead; repeated atop a later page it is furniture.
 */
export const letterheadField = /^(datum|(ons\s+|uw\s+)?kenmerk|(onze\s+)?referentie|onderwerp|betreft|contactpersoon|telefoon|doorkiesnummer|e-?mail)\s*:?\s+(\S.{0,80}?)\s*$/iu;

/** A gap this wide inside a line parts two columns; justified text leaves narrower runs. */
const columnGap = /\s{6,}/u;

/**
 * Letterheads print the sender's fields in a column beside the address, which PDF extraction
 * puts on the address lines ("Aan de leden van de vaste commissie voor        uw kenmerk"), or as
 * labels over values ("datum          onderwerp" above "14 mei 2024     Commissiedebat …").
 * Returns the lines of the main column, labels paired with their values ("datum: 14 mei 2024"),
 * then the side column's lines in their order, so that each reads as if printed on its own.
 */
export function withSideColumnLast(lines: readonly string[]): string[] {
  const main: string[] = [];
  const side: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const cells = lines[index]!.trim().split(columnGap);
    if (cells.length === 1) {
      main.push(cells[0]!);
      continue;
    }
    const isLabel = (cell: string) => fieldLabels.exec(cell)?.[2] === '';
    // "Onderwerp:      inbreng …" has its colon already.
    const field = (label: string, value: string | undefined) => `${label.replace(/\s*:$/u, '')}: ${value}`;
    // "Datum           19 september 2024": a label and its value, set apart to align the values.
    if (cells.length === 2 && isLabel(cells[0]!) && !isLabel(cells[1]!)) {
      main.push(field(cells[0]!, cells[1]));
      continue;
    }
    const values = lines[index + 1]?.trim().split(columnGap);
    if (cells.every(isLabel) && values?.length === cells.length) {
      cells.forEach((label, column) => main.push(field(label, values[column])));
      index++;
      continue;
    }
    main.push(cells[0]!);
    side.push(...cells.slice(1));
  }
  return [...main, ...side];
}
