/** A title that names only what kind of text this is ("POSITION PAPER", "Notitie"): its subtitle says what it is about. */
export const genreTitle = /^(position\s*paper|notitie|inbreng|factsheet|brandbrief|open\s+brief|memo|standpunt|reactie)\s*:?$/iu;
