// Facts that state a requirement by their form rather than their words: an e-mail address, a phone
// number or a postal address (how to contact the operator), a company name with its legal form,
// a registration number (BIN; unlabelled in the operator's sentence, see operator-facts.ts), an
// individual entrepreneur as the operator, and a date next to "last updated" / «редакция от» / «бекітілген».
// Found per block, on the text a reader sees, and cached with the block.
//
// The words (street words, towns, legal forms, registration labels, date labels, months) are
// phrase families of vocabulary/contacts.yaml and dates.yaml; the grammar around them (the
// number after a street word, the digits of a BIN, a day, month and year) is here.
import type { Block } from '../../model/document.js';
import type { FactKind } from '../../profiles/types.js';
import { foldForMatch } from '../../language/normalize.js';
import { monthNamePattern } from '../anchors/dates.js';
import { lexicon as baseLexicon, type Lexicon } from '../vocabulary/lexicon.js';
import { operatorFacts } from './operator-facts.js';
import { memoKindOf, proseMemo } from '../../parse/memo.js';

export interface Fact {
  kind: FactKind;
  /** Indices into the block's text. */
  start: number;
  end: number;
}

interface Patterns {
  email: RegExp;
  phone: RegExp;
  /** On folded text: a street word and a number, or a number, a name and a street word. */
  street: RegExp;
  postcode: RegExp;
  /** On the text as written (ZIP codes after a state's two capitals). */
  zip: RegExp;
  legalEntity: RegExp;
  legalFormWords: RegExp;
  /** A cheap test on folded text: a word without which no legal form in words is there. */
  mayHaveLegalFormWords: RegExp;
  hasLegalForm: RegExp;
  registration: RegExp;
  date: RegExp;
  dateLabel: RegExp;
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
// +7 701 540 18 02, +7 (7172) 55-10-20, 8-727-258-59-55, 8 800 080 18 00; 1.888.555.0100,
// (415) 555-0100, +1 415 555 0100 (a North American number: area code, exchange, line).
const PHONE = new RegExp(
  [
    '(?<![\\d+])(?:\\+\\d{1,3}[\\s(.-]*\\d{2,4}[\\s).-]*\\d{2,4}[\\s.-]*\\d{2}[\\s.-]*\\d{2,4}',
    '8[\\s-]?\\(?\\d{3,4}\\)?[\\s-]?\\d{2,3}[\\s-]?\\d{2}[\\s-]?\\d{2,3}',
    '(?:1[\\s.-])?\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4})(?!\\d)',
  ].join('|'),
  'g',
);
// A state's two capitals and a ZIP code: "San Francisco, CA 94107", "Austin, TX 78701-1234".
const ZIP = /(?<![\p{L}])[A-Z]{2}\s+\d{5}(?:-\d{4})?(?!\d)/gu;

const compiled = new Map<string, Patterns>();

function patterns(vocabulary: Lexicon): Patterns {
  let p = compiled.get(vocabulary.id);
  if (p) return p;
  const street = vocabulary.pattern('contact-street');
  const nameEnd = vocabulary.pattern('contact-street-name-end');
  const place = vocabulary.pattern('contact-place', { open: 'end' });
  // Matched as written and in case ("Inc" is a legal form, "inc" is not).
  const forms = vocabulary.written('contact-legal-form');
  const labels = vocabulary.written('contact-registration-label');
  const months = monthNamePattern();
  p = {
    email: EMAIL,
    phone: PHONE,
    street: new RegExp(
      `${street}\\.?[^\\n.;]{0,40}?\\d+|(?<![\\p{L}\\d])\\d[\\p{L}/\\d]*,?\\s+(?:[\\p{L}-]+\\s+){1,3}${nameEnd}`,
      'gu',
    ),
    postcode: new RegExp(`(?<!\\d)\\d{6}(?!\\d),?\\s*${place}`, 'gu'),
    zip: ZIP,
    // "FFIN Payments LLP", "“ioka fintech” LLP", "LLP “FFIN Payments”", АО «Kaspi Bank», «ioka fintech» ЖШС.
    legalEntity: new RegExp(
      [
        `(?:[\\p{Lu}\\d][\\p{L}\\d&.-]*|[”"»])\\s+(?:${forms})(?![\\p{L}])`,
        `(?<![\\p{L}])(?:${forms})\\s*[“"«]`,
        `[»"”]\\s*(?:${forms})(?![\\p{L}])`,
      ].join('|'),
      'gu',
    ),
    legalFormWords: new RegExp(vocabulary.pattern('contact-legal-form-words'), 'gu'),
    mayHaveLegalFormWords: new RegExp(
      longestWords(vocabulary.phrases('contact-legal-form-words')).join('|') || '(?!)',
      'u',
    ),
    hasLegalForm: new RegExp(`(?<![\\p{L}])(?:${forms})(?![\\p{L}])`, 'u'),
    // "BIN 190340027518", "business identification number (BIN) 190340027518", «(БИН) 190340027518».
    registration: new RegExp(
      `(?<![\\p{L}])(?:${labels})(?:\\s*\\(\\p{Lu}{2,6}\\)|\\))?\\s*(?:[:№-]\\s*)?\\d{3}\\s?\\d{3}\\s?\\d{3}\\s?\\d{1,6}(?!\\d)`,
      'gu',
    ),
    date: new RegExp(
      `(?<!\\d)(?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+${months}\\.?\\s+\\d{4}|${months}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}\\s+жыл\\p{L}*\\s+\\d{1,2}\\s+${months})(?!\\d)`,
      'gu',
    ),
    dateLabel: new RegExp(vocabulary.pattern('date-update-labels'), 'u'),
  };
  compiled.set(vocabulary.id, p);
  return p;
}

const LABEL_REACH = 60;

function matchAll(text: string, pattern: RegExp, kind: FactKind, out: Fact[]): void {
  for (const m of text.matchAll(pattern)) out.push({ kind, start: m.index, end: m.index + m[0].length });
}

/** Street addresses on folded text; "12 Abay Avenue" only when the name is capitalised as written. */
function streets(text: string, folded: string, pattern: RegExp, out: Fact[]): void {
  for (const m of folded.matchAll(pattern)) {
    if (/^\d/.test(m[0])) {
      const name = /^\d[\p{L}/\d]*,?\s+/u.exec(m[0])![0].length;
      if (!/\p{Lu}/u.test(text[m.index + name] ?? '')) continue;
    }
    out.push({ kind: 'postal-address', start: m.index, end: m.index + m[0].length });
  }
}

function updateDates(folded: string, p: Patterns, out: Fact[]): void {
  for (const m of folded.matchAll(p.date)) {
    const before = folded.slice(Math.max(0, m.index - LABEL_REACH), m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + LABEL_REACH);
    if (p.dateLabel.test(before) || p.dateLabel.test(after))
      out.push({ kind: 'update-date', start: m.index, end: m.index + m[0].length });
  }
}

// Cheap tests that let most blocks skip the costly patterns (these run on every edited block).
const HAS_DIGITS = /\d\d/;

/** The longest word of each phrase (every alternative of it, without its "*"), escaped. */
function longestWords(phrases: string[]): string[] {
  const out = new Set<string>();
  for (const phrase of phrases) {
    // As phrasePattern reads a phrase: folded, punctuation inside a word dropped.
    const words = foldForMatch(phrase)
      .split(/\s+/)
      .filter((w) => w !== '*' && w !== '**')
      .map((w) => w.replace(/[^\p{L}\p{M}\p{N}'*|-]/gu, ''));
    const longest = words.reduce((a, b) => (b.replace(/\*/g, '').length > a.replace(/\*/g, '').length ? b : a), '');
    for (const alternative of longest.split('|')) {
      const stem = alternative.replace(/\*$/, '');
      if (stem !== '') out.add(stem.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    }
  }
  return [...out];
}

export function findFacts(text: string, vocabulary: Lexicon = baseLexicon()): Fact[] {
  const p = patterns(vocabulary);
  const out: Fact[] = [];
  if (text.includes('@')) matchAll(text, p.email, 'email', out);
  const folded = foldForMatch(text);
  if (HAS_DIGITS.test(text)) {
    matchAll(text, p.phone, 'phone', out);
    streets(text, folded, p.street, out);
    matchAll(folded, p.postcode, 'postal-address', out);
    matchAll(text, p.zip, 'postal-address', out);
    matchAll(text, p.registration, 'bin', out);
    updateDates(folded, p, out);
  }
  if (p.hasLegalForm.test(text)) matchAll(text, p.legalEntity, 'legal-entity', out);
  if (p.mayHaveLegalFormWords.test(folded)) matchAll(folded, p.legalFormWords, 'legal-entity', out);
  out.push(...operatorFacts(text, folded, out, vocabulary));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Street addresses alone, whatever the house number ("Abay St., 6"): the contact facts above skip
 * texts without two digits in a row, which no contact detail lacks but a short address may.
 */
export function findStreets(text: string, vocabulary: Lexicon = baseLexicon()): Fact[] {
  const out: Fact[] = [];
  if (/\d/.test(text)) streets(text, foldForMatch(text), patterns(vocabulary).street, out);
  return out;
}

/** The facts of one block, cached with its parse (per vocabulary, which a configuration may extend). */
export function blockFacts(block: Block, vocabulary: Lexicon = baseLexicon()): Fact[] {
  return proseMemo(block, memoKindOf('requirements/facts', vocabulary.id), (text) => findFacts(text, vocabulary));
}
