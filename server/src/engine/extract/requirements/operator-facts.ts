// What the sentence that names the operator says by its form: a twelve-digit number written there
// without a label is the operator's BIN or IIN, and an individual entrepreneur named there, the form
// before or after the name ("ИП Сапаров", "Individual Entrepreneur Abishev", "LinkMax ЖК", "Acme IP"),
// is an operator that is not a legal entity, unless the paragraph also names a company (which may
// be the operator the entrepreneur works for).
//
// A sentence names the operator when it has a word for the operator (vocabulary `contact-operator`)
// or a legal form; for the BIN, also the requisites around it (an e-mail or a postal address); for
// an entrepreneur, also a labelled BIN or IIN with a contact (the requisites block of the operator).
// A newline inside a paragraph does not end the sentence: requisites are often broken over lines.
import type { Fact } from './facts.js';
import { sentenceAt, sentenceBounds } from '../jurisdictions/sentences.js';
import type { Lexicon } from '../vocabulary/lexicon.js';

// Twelve digits that are no part of a longer number, a phone (+…), a date, a code or a word.
const BARE_TWELVE = /(?<![\p{L}\p{N}+/.\-_])(?<!\d )\d{12}(?![\p{L}\p{N}/\-_])(?!\.\d)(?! \d)/gu;
// Before the number in its part of the list: no word, so no label of its own (ИИК, account, тел.).
const PART_START = /[,;([\n]/;

interface Patterns {
  operator: RegExp;
  individual: RegExp;
  /** The one named collects or processes personal data. */
  acts: RegExp;
  /** A name, then an entrepreneur's form as written ("LinkMax ЖК", "Serikov, individual entrepreneur"). */
  individualAfter: RegExp;
  /** What may follow a form that makes it something else ("IP address"). */
  notIndividual: RegExp;
}
const compiled = new Map<string, Patterns>();

function patterns(vocabulary: Lexicon): Patterns {
  let p = compiled.get(vocabulary.id);
  if (!p) {
    p = {
      operator: new RegExp(vocabulary.pattern('contact-operator'), 'u'),
      individual: new RegExp(vocabulary.pattern('contact-individual-form'), 'gu'),
      acts: new RegExp(vocabulary.pattern('contact-operator-acts'), 'u'),
      individualAfter: new RegExp(
        `(?:[\\p{Lu}\\d][\\p{L}\\d&.-]*|[»"”])[*_]*,?[^\\S\\n]+(${vocabulary.written('contact-individual-form-after')})(?![\\p{L}\\d])`,
        'gu',
      ),
      notIndividual: new RegExp(`^[^\\S\\n]*-?${vocabulary.pattern('contact-individual-form-after-not')}`, 'u'),
    };
    compiled.set(vocabulary.id, p);
  }
  return p;
}

/**
 * A BIN and an IIN both begin with a year and a month (YYMM); a BIN's fifth digit is 4, 5 or 6
 * (a legal entity), an IIN's next digits are a day and a century digit. A phone or an account
 * number rarely has that shape.
 */
export function hasIdentifierShape(digits: string): boolean {
  const month = Number(digits.slice(2, 4));
  if (month < 1 || month > 12) return false;
  if ('456'.includes(digits[4]!)) return true;
  const day = Number(digits.slice(4, 6));
  return day >= 1 && day <= 31 && '0123456'.includes(digits[6]!);
}

function within(facts: readonly Fact[], start: number, end: number, kinds: readonly Fact['kind'][]): Fact[] {
  return facts.filter((f) => kinds.includes(f.kind) && f.start >= start && f.end <= end);
}

/** The sentence bounds of a block, a newline read as a space. */
function sentences(text: string): Array<[number, number]> {
  return sentenceBounds(text.replace(/\n/g, ' '));
}

/** `folded` is `text` folded for matching (the same length: offsets hold in both). */
function bareIdentifiers(text: string, folded: string, facts: readonly Fact[], p: Patterns, out: Fact[]): void {
  let bounds: Array<[number, number]> | undefined;
  for (const m of text.matchAll(BARE_TWELVE)) {
    if (!hasIdentifierShape(m[0])) continue;
    const end = m.index + m[0].length;
    if (facts.some((f) => f.start < end && f.end > m.index)) continue;
    bounds ??= sentences(text);
    const [start, stop] = bounds[sentenceAt(bounds, m.index)]!;
    let from = m.index;
    while (from > start && !PART_START.test(text[from - 1]!)) from--;
    if (/\p{L}/u.test(text.slice(from, m.index))) continue;
    const names =
      p.operator.test(folded.slice(start, stop)) ||
      within(facts, start, stop, ['legal-entity', 'email', 'postal-address']).length > 0;
    if (names) out.push({ kind: 'bin', start: m.index, end });
  }
}

/**
 * A registration number with a contact beside it: the entrepreneur's requisites, which name the
 * operator as a word would («Наименование: ИП Сапаров, БИН: …, Адрес: …» under a label of its own).
 */
function requisites(facts: readonly Fact[], start: number, stop: number): boolean {
  return (
    within(facts, start, stop, ['bin']).length > 0 && within(facts, start, stop, ['email', 'postal-address']).length > 0
  );
}

/**
 * An entrepreneur with a registration number, said to collect or process personal data: the
 * operator, whatever the policy calls it next («ИП Кадыров, ИИН …, (далее — Организатор) собирает
 * персональные данные»).
 */
function registeredProcessor(
  facts: readonly Fact[],
  folded: string,
  start: number,
  stop: number,
  p: Patterns,
): boolean {
  return within(facts, start, stop, ['bin']).length > 0 && p.acts.test(folded.slice(start, stop));
}

/**
 * "ИП Сапаров", or "LinkMax ЖК" (the form after the name), in a sentence that names the operator
 * (or gives its requisites), and no company's legal form in the paragraph.
 */
function individualOperators(text: string, folded: string, facts: readonly Fact[], p: Patterns, out: Fact[]): void {
  let bounds: Array<[number, number]> | undefined;
  const single = new RegExp(p.individual.source, 'u');
  const forms: Array<[number, number]> = [];
  for (const m of folded.matchAll(p.individual)) {
    // A name follows the form (past quotes and emphasis): "individual entrepreneurs" in a list does not name anyone.
    const after = /^[\s*_"«“]*(\p{L})/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (after && after[1] !== after[1]!.toLowerCase()) forms.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(p.individualAfter)) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    // "Acme IP address" is a network address; a form already read before a name is not read twice.
    if (p.notIndividual.test(folded.slice(end, end + 16)) || forms.some(([s, e]) => s < end && start < e)) continue;
    forms.push([start, end]);
  }
  for (const [from, to] of forms) {
    bounds ??= sentences(text);
    const [start, stop] = bounds[sentenceAt(bounds, from)]!;
    if (
      !p.operator.test(folded.slice(start, stop)) &&
      !requisites(facts, start, stop) &&
      !registeredProcessor(facts, folded, start, stop, p)
    )
      continue;
    // A company anywhere in the paragraph may be the operator the entrepreneur works for.
    const company = facts.some((f) => f.kind === 'legal-entity' && !single.test(folded.slice(f.start, f.end)));
    if (!company) out.push({ kind: 'individual-operator', start: from, end: to });
  }
}

/** Facts of the operator's sentence, given the block's other facts (legal forms, contacts, labelled BINs). */
export function operatorFacts(text: string, folded: string, facts: readonly Fact[], vocabulary: Lexicon): Fact[] {
  const p = patterns(vocabulary);
  const out: Fact[] = [];
  if (/\d{12}/.test(text)) bareIdentifiers(text, folded, facts, p, out);
  individualOperators(text, folded, facts, p, out);
  return out;
}
