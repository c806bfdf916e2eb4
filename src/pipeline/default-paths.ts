/**
 * Where the letters' editorial companions live by default. A module of its own, without imports,
 * so the Astro integration can watch the codebook without loading the pipeline on Astro's thread.
 */
export const defaultCodebookPath = 'content/codebook.yaml';
