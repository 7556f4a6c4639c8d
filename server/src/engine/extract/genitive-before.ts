// Whether a Russian period right after a text stands in the genitive («в течение пяти лет», «не
// менее 3 лет») or in the nominative («хранятся 3 года»): the text ends on a word of a family of
// vocabulary/periods.yaml. A word may end a longer one; spaces may follow it.
import { foldForMatch } from '../language/normalize.js';
import { lexicon, type Lexicon } from './vocabulary/lexicon.js';

const compiled = new Map<string, RegExp>();

export function genitiveFollows(textBefore: string, words: Lexicon = lexicon()): boolean {
  const key = words.id;
  let pattern = compiled.get(key);
  if (!pattern) {
    pattern = new RegExp(`${words.pattern('period-genitive-before', { lang: 'ru', open: 'start' })}\\s*$`, 'u');
    compiled.set(key, pattern);
  }
  return pattern.test(foldForMatch(textBefore));
}
