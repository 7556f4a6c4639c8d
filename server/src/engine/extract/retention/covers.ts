// What a retention statement covers, and whether two statements cover the same thing.
// The words are kept as written (the JSON shows what the text says); for comparison they are
// reduced to categories that mean the same in every language ("payment card details",
// «реквизиты платежной карточки», «төлем карточкасының деректемелері» are all `payment`). The
// words of each category are vocabulary/coverage.yaml.
import { foldForMatch } from '../../language/normalize.js';
import { lexicon, type Lexicon } from '../vocabulary/lexicon.js';

// The categories, in the order they are listed; the words of each are the family `covers-<name>`
// of vocabulary/coverage.yaml.
const CATEGORY_NAMES = [
  'payment',
  'transaction',
  'identity',
  'contact',
  'account',
  'communications',
  'technical',
  'marketing',
  'biometric',
  'video',
  'staff',
];
// The events a period runs from, reduced to what they mean; the first that matches wins. The words
// of each are the family `runs-from-<name>`.
const EVENT_NAMES = [
  'consent-withdrawal',
  'payment',
  'account-closure',
  'contract-end',
  'purposes',
  'consent',
  'collection',
  'last-activity',
];

interface Patterns {
  categories: Array<[string, RegExp]>;
  events: Array<[string, RegExp]>;
  /** One word that names personal data in general, or goes with such words ("your", «ваши»). */
  genericWord: RegExp;
}

const compiled = new Map<string, Patterns>();

function patterns(words: Lexicon): Patterns {
  let p = compiled.get(words.id);
  if (p) return p;
  const named = (prefix: string, names: string[]): Array<[string, RegExp]> =>
    names.map((name) => [name, new RegExp(words.pattern(`${prefix}${name}`), 'u')]);
  p = {
    categories: named('covers-', CATEGORY_NAMES),
    events: named('runs-from-', EVENT_NAMES),
    genericWord: new RegExp(`^${words.pattern('covers-generic-words', { open: 'both' })}$`, 'u'),
  };
  compiled.set(words.id, p);
  return p;
}

export interface CoverKeys {
  /** Categories named: payment, contact, …; empty when none is. */
  categories: string[];
  /** The statement speaks of personal data in general ("Data", «персональные данные»). */
  generic: boolean;
  /** Other words that narrow the data down ("of unsuccessful applicants"), folded; "" when none. */
  rest: string;
}

// Keys are asked for on every keystroke, for the same few phrases: remember them.
const keyCache = new Map<string, CoverKeys>();
const eventCache = new Map<string, string>();
const CACHE_LIMIT = 4000;

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function coverKeys(covers: string | null, words: Lexicon = lexicon()): CoverKeys {
  if (!covers) return { categories: [], generic: true, rest: '' };
  return remember(keyCache, `${words.id}\n${covers}`, () => readKeys(covers, words));
}

function readKeys(covers: string, words: Lexicon): CoverKeys {
  const folded = foldForMatch(covers);
  const p = patterns(words);
  const categories = p.categories.filter(([, pattern]) => pattern.test(folded)).map(([name]) => name);
  const rest = (folded.match(/[\p{L}\p{N}'-]+/gu) ?? []).filter((w) => !p.genericWord.test(w)).join(' ');
  return { categories, generic: categories.length === 0 && rest === '', rest };
}

/** What an event means, for comparison: "date of payment", «момента осуществления платежа» → payment. */
export function eventKey(event: string | null, words: Lexicon = lexicon()): string | null {
  if (!event) return null;
  return remember(eventCache, `${words.id}\n${event}`, () => readEvent(event, words));
}

function readEvent(event: string, words: Lexicon): string {
  const folded = foldForMatch(event);
  for (const [key, pattern] of patterns(words).events) if (pattern.test(folded)) return key;
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether two statements speak of the same data or purpose, as far as the words can tell. */
export function sameCoverage(a: CoverKeys, b: CoverKeys): boolean {
  if (a.categories.length > 0 && b.categories.length > 0) return a.categories.some((c) => b.categories.includes(c));
  if (a.categories.length > 0 || b.categories.length > 0) return false;
  // Data of no known category ("of unsuccessful applicants") match only the same words.
  return a.generic ? b.generic : a.rest === b.rest;
}
