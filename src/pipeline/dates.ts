/** Dutch month names, in order: their index + 1 is the month's number. */
export const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** Abbreviated months as letters print them ("12 mrt. 2024"), by their month's number. */
const abbreviations: Record<string, number> = { jan: 1, feb: 2, febr: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12 };

/** "maandag 3 maart", "1e maart", "2de april": a weekday before the day, an ordinal after it. */
const weekday = '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+';
/** A season or a quarter of a year, which dates a position paper to its year: "najaar 2024", "1e kwartaal 2025". */
const period = '(?:voorjaar|lente|zomer|najaar|herfst|winter|(?:1e|2e|3e|4e|eerste|tweede|derde|vierde)\\s+kwartaal)';
// The year in full, or its last two figures after an apostrophe ("1 november '23").
const date = `(?:(?:${weekday})?(?:(\\d{1,2})(?:e|ste|de)?\\s+)?(${months.join('|')}|(?:${Object.keys(abbreviations).join('|')})\\.?)|(${period}))\\s+(\\d{4}|['’‘]\\d{2})`;

/**
 * A printed Dutch date: "21 juni 2022", "december 2023", "12 mrt. 2024", "maandag 3 maart 2025", "1e maart 2025", "1 november '23";
 * also a season or quarter of a year ("najaar 2024"), which gives the year.
 */
export const datePattern = new RegExp(`\\b${date}\\b`, 'iu');

/**
 * A date in figures: "12-03-2024", "12/3/2024", "12.03.2024" (day first, as in Dutch), ISO
 * "2024-03-12", or with the year's last two figures: "12-11-'24", "12-11-24". Not "3.2.10", which
 * numbers a section.
 */
export const numericDatePattern = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}\b|['’‘]\d{2}\b|(?<=\d[-/])\d{2}\b(?![-/.]\d))|\b(\d{4})-(\d{2})-(\d{2})\b/u;
/** The place before a date line's date: "Den Haag, ", "'s-Hertogenbosch, ". */
const datelinePlace = String.raw`(?:[\p{L}'’][\p{L}'’. -]{0,40},\s*)?`;

/** "Den Haag, 12-03-2025": a date line in figures, with its place or without. */
export const numericDatelinePattern = new RegExp(`^${datelinePlace}(?:${numericDatePattern.source})\\s*$`, 'u');

/** The ISO date ("2024-03-12", "2023-12" without a day, "2024" for a season) of the first date printed in `text`. */
export function isoDate(text: string): string | undefined {
  const named = datePattern.exec(text);
  if (named) {
    const year = fullYear(named[4] ?? '');
    if (named[3]) return year; // a season or a quarter: its year
    const name = (named[2] ?? '').toLowerCase().replace(/\.$/u, '');
    const month = String(months.indexOf(name) + 1 || abbreviations[name] || 0).padStart(2, '0');
    if (!named[1]) return `${year}-${month}`;
    return existingDay(Number(year), Number(month), Number(named[1])) ? `${year}-${month}-${named[1].padStart(2, '0')}` : undefined;
  }
  const numeric = numericDatePattern.exec(text);
  if (!numeric) return undefined;
  const [day, month, printedYear] = numeric[4] ? [Number(numeric[6]), Number(numeric[5]), numeric[4]] : [Number(numeric[1]), Number(numeric[2]), numeric[3] ?? ''];
  const year = fullYear(printedYear);
  if (!existingDay(Number(year), month, day)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2024", "'24" or "24" as a year in full: two figures are this century's below 50. */
function fullYear(printed: string): string {
  if (/^\d{4}$/u.test(printed)) return printed;
  const short = Number(printed.replace(/^\D/u, ''));
  return String(short < 50 ? 2000 + short : 1900 + short);
}

/** Whether the calendar has this day: not "31 september", nor "29 februari 2025". */
export function existingDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date as printed in `text`, named or in figures. */
export function printedDate(text: string): string | undefined {
  return datePattern.exec(text)?.[0] ?? (isoDate(text) ? numericDatePattern.exec(text)?.[0] : undefined);
}

/** A line that is only a date, perhaps after the place: "Den Haag, 3 december 2023", "'s-Hertogenbosch, 12 mei 2024". */
export const datelinePattern = new RegExp(`^${datelinePlace}(?:d\\.\\s*d\\.\\s*)?${date}\\s*$`, 'iu');
