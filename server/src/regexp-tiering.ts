// The engine's patterns are large Unicode regular expressions: a month name in three languages
// with its endings as [\p{L}\p{M}\p{N}'-]*, a word boundary as a \p{L} look-around. V8 throws a
// regular expression's compiled code away when it has gone unused over a couple of full garbage
// collections, and by default compiles it again in two tiers: bytecode first (some 270 KB for the
// date pattern), interpreted once, then native code. With a large draft open, full collections
// come between keystrokes, so a keystroke in a sentence that cites a law paid 50–100 ms to
// compile the date patterns again. Compiled straight to native code, the same costs a fifth of
// that; the interpreter tier only pays off for a pattern run once, and ours run on every block.
// A value given on the command line (node --regexp-tier-up) wins.
import { setFlagsFromString } from 'node:v8';

if (!process.execArgv.some((a) => /^--(?:no-)?regexp[-_]tier[-_]up$/.test(a)))
  setFlagsFromString('--no-regexp-tier-up');
