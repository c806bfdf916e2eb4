declare module 'stopword' {
  /** The short Snowball stop word list for Dutch. */
  export const nld: string[];
}
