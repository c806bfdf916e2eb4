/** Dutch month names, in order: their index + 1 is the month's number. */
export const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const date = `(?:(\\d{1,2})\\s+)?(${months.join('|')})\\s+(\\d{4})`;

/** A printed Dutch date: "21 juni 2022" or "december 2023". */
export const datePattern = new RegExp(`\\b${date}\\b`, 'iu');

/** A line that is only a date, perhaps after the place: "Den Haag, 3 december 2023", "'s-Hertogenbosch, 12 mei 2024". */
export const datelinePattern = new RegExp(`^(?:[\\p{L}'’][\\p{L}'’. -]{0,40},\\s*)?${date}\\s*$`, 'iu');
