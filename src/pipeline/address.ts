/** A line of a postal address: "Postbus 20018", "2500 EA Den Haag", "Bezuidenhoutseweg 30". */
export const postalLine = /^(postbus\s+\d+|\d{4}\s?\p{Lu}{2}\b|\p{Lu}[\p{L}'.-]*(\s+\p{L}[\p{L}'.-]*){0,2}\s+\d+\s*\p{L}?$)/u;

/** A line only a postal address has: a post box or a postcode before a place ("3800 AV Amersfoort"). */
export const postboxOrPostcode = /^(postbus\s+\d+|\d{4}\s?\p{Lu}{2}\s+\p{Lu})/iu;
