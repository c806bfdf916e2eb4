import { setFlagsFromString } from 'node:v8';

let done = false;

/**
 * Has V8 compile each regular expression to machine code when it first runs, instead of first
 * interpreting its bytecode and compiling it after. The classifier's several hundred cues are large
 * Unicode patterns that each run on thousands of sentences: compiling each twice made a thread's
 * first letter take twice as long as with this, and 1,000 letters about 5 % longer (`npm run
 * bench`). V8's flags are the process's: set in one thread, they hold in worker threads started
 * after, and for Astro's own patterns in a build.
 */
export function compileRegExpsNatively(): void {
  if (done) return;
  done = true;
  setFlagsFromString('--no-regexp-tier-up');
}
