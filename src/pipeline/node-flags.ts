/**
 * The Node flags the extraction runs with: `npm run extract` gives them in its script
 * (package.json) and the build gives them to its extraction process (`src/lib/dataset.ts`).
 *
 * V8 first compiles a regular expression to bytecode and, when it runs again, once more to
 * machine code. The cues are 170 patterns with 113,000 characters of source that all run many
 * times in every letter, so compiling them twice was most of the cost of a handful of letters
 * (5 letters cold: 690 ms → 330 ms; 1,000 letters 4.35–5.22 s → 4.11–4.61 s, alternating runs).
 * The flag is set for the whole process, so it is given only to processes that extract: Astro's
 * own many patterns, each run a few times, build slower with it (580 bare pages: 2.03 s → 2.21 s).
 */
export const extractionNodeFlags = ['--no-regexp-tier-up'];
