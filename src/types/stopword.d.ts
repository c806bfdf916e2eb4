declare module 'stopword' {
  /** Stop word lists by ISO 639-3 code; `nld` is the short Snowball list for Dutch. */
  const stopwords: Record<string, string[]> & { nld: string[] };
  export default stopwords;
}
