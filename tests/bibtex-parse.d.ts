declare module 'bibtex-parse' {
  const bibtexParse: { entries(input: string): Array<Record<string, string>> };
  export default bibtexParse;
}
