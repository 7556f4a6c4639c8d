// Template leftovers that are not bracketed: the words a template puts where a name belongs
// ("Store Name", «Название магазина»), notes to the drafter ("Replace in the final version: …",
// "This is a template document"), example and stand-in domains (example.com, site.ru), dummy
// phone numbers (+7 (701) 123-45-67, 000-00-00), tokens a translation pipeline left behind
// (__PROTECTED_LINK_30__0), and labels with nothing after them («Ответственное лицо:»).
// Precision first: a template word counts only where a value stands (alone, in quotes, after a
// label's colon, capitalised as a name inside a sentence, right after a web address or «на
// доменном имени»), an example domain in a sentence about examples is an example, and a phone
// counts as dummy only by its digits. The words are in vocabulary/templates.yaml.
import type { Block } from '../model/document.js';
import { lexicon, type Lexicon } from './vocabulary/lexicon.js';
import { strongestNonOverlapping } from './vocabulary/phrases.js';
import { sentenceBounds } from './jurisdictions/sentences.js';

export type LeftoverKind =
  'template-word' | 'instruction' | 'example-domain' | 'dummy-phone' | 'pipeline-token' | 'empty-label';

export interface Leftover {
  kind: LeftoverKind;
  text: string;
  /** Indices into the block's text. */
  start: number;
  end: number;
}

// "__PROTECTED_LINK_30__0", "__MASK_2__": upper-case words between double underscores and a number.
const PIPELINE_TOKEN = /__[A-Z]{2,20}(?:_[A-Z]{2,20}){0,4}_\d{1,4}__\d{0,4}/g;
// A phone-shaped run: "+7 (701) 123-45-67", "8-727-000-00-00", "123-456". Bounded, so linear.
const PHONE_RUN = /(?<![\p{L}\p{N}+])(\+?)(\d{1,4}(?:[\s()-]{1,3}\d{1,4}){1,5})(?![\p{L}\p{N}])/gu;

const domainPatterns = new Map<string, RegExp>();
function exampleDomains(vocabulary: Lexicon): RegExp {
  // A stand-in second-level name before a top-level domain, as a whole name ("mysite.kz",
  // "www.example.com", "сайт.рф"), not part of a longer one ("examplebank.kz", "site.example.org" counts).
  let domainPattern = domainPatterns.get(vocabulary.id);
  if (domainPattern) return domainPattern;
  domainPattern = new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${vocabulary.phrases('example-domain-names').map(escape).join('|')})\\.(?:com|org|net|info|kz|ru|рф|қаз|uz|by|ua|eu|de)(?![\\p{L}\\p{N}-])`,
    'giu',
  );
  domainPatterns.set(vocabulary.id, domainPattern);
  return domainPattern;
}

export function findLeftovers(block: Block, vocabulary: Lexicon = lexicon()): Leftover[] {
  const text = block.text;
  const out: Leftover[] = [];
  for (const m of text.matchAll(PIPELINE_TOKEN))
    out.push({ kind: 'pipeline-token', text: m[0], start: m.index, end: m.index + m[0].length });
  // A table's header row and a heading name what follows: «Атауы» there is a column, not a blank.
  const header = block.core.cell?.row === 0 || block.type === 'heading' || block.core.bold;
  if (!header) out.push(...templateWords(text, vocabulary));
  for (const [start, end] of sentenceBounds(text)) {
    const sentence = text.slice(start, end);
    // Not negation.yaml's drafting-instruction: it only discounts evidence, so it may hold words
    // ("fill in the", "to be completed") that an ordinary sentence uses ("fill in the form").
    if (vocabulary.test('template-instruction', sentence) || vocabulary.test('template-notice', sentence)) {
      const from = start + (sentence.length - sentence.trimStart().length);
      const to = start + sentence.trimEnd().length;
      // Consecutive notes to the drafter are one note.
      const previous = out[out.length - 1];
      if (previous?.kind === 'instruction' && text.slice(previous.end, from).trim() === '') {
        previous.end = to;
        previous.text = text.slice(previous.start, to);
      } else {
        out.push({ kind: 'instruction', text: text.slice(from, to), start: from, end: to });
      }
      continue;
    }
    const about = vocabulary.test('example-words', sentence);
    if (!about) {
      for (const m of sentence.matchAll(exampleDomains(vocabulary)))
        out.push({ kind: 'example-domain', text: m[0], start: start + m.index, end: start + m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(PHONE_RUN)) {
    if (isDummyPhone(m[1]!, m[2]!))
      out.push({ kind: 'dummy-phone', text: m[0], start: m.index, end: m.index + m[0].length });
  }
  out.push(...emptyLabels(block, vocabulary));
  return out;
}

/**
 * A dummy number: its last digits run up or are all one digit ("123-45-67", "000-00-00"), and it is
 * written as a phone (a leading "+", or groups joined by dashes or brackets), so that "1 000 000
 * tenge" and a BIN are not phones.
 */
function isDummyPhone(plus: string, body: string): boolean {
  const digits = body.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 13) return false;
  if (plus === '' && !/[-()]/.test(body)) return false;
  const tail = digits.slice(-Math.min(7, digits.length));
  const same = /^(\d)\1+$/.test(tail);
  const ascending = '01234567890'.includes(tail) || '1234567890'.includes(tail);
  return same || ascending;
}

/** Template words where a value stands: the whole line or cell, in quotes, or after a label's colon. */
function templateWords(text: string, vocabulary: Lexicon): Leftover[] {
  const out: Leftover[] = [];
  for (const m of strongestNonOverlapping(vocabulary.find('template-name-words', text))) {
    // Only the match's own line is read, so that many matches in a long block cost no more than its length.
    const lineBefore = text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start);
    const newline = text.indexOf('\n', m.end);
    const lineAfter = text.slice(m.end, newline === -1 ? text.length : newline);
    // An item of a list ("Company name;") names a kind of data; a value stands alone.
    const alone = lineBefore.trim() === '' && /^[\s.:]*$/.test(lineAfter);
    const quoted = /[«"“„'][ ]?$/.test(lineBefore) && /^[ ]?[»"”'“]/.test(lineAfter);
    const afterLabel = /:\s*$/.test(lineBefore) && lineBefore.length <= 60 && /^[\s.;]*$/.test(lineAfter);
    if (
      alone ||
      quoted ||
      afterLabel ||
      capitalisedInSentence(text.slice(m.start, m.end), lineBefore, vocabulary) ||
      afterWebAddress(lineBefore, vocabulary)
    )
      out.push({ kind: 'template-word', text: text.slice(m.start, m.end), start: m.start, end: m.end });
  }
  return out;
}

/**
 * A template word written as a name in the middle of a sentence: capitalised right after another
 * word («действующие от имени Название организации», "on behalf of the Name of the organization",
 * "the Online Store Store Name"). An ordinary sentence writes these words in lower case, and a list
 * of data puts them after a comma or at the start of its item; "your Company Name" names a field.
 */
function capitalisedInSentence(match: string, lineBefore: string, vocabulary: Lexicon): boolean {
  const first = match.charAt(0);
  if (first === first.toLowerCase()) return false;
  const previous = /(\p{L}+)[ \u00a0]+$/u.exec(lineBefore);
  return previous !== null && !vocabulary.test('template-possessives', previous[1]!);
}

// A web address at the end of the text before a template word, with only spaces between:
// "www.shop.kz адрес магазина" (with a comma, «www.shop.kz, адрес магазина указан …» begins a clause).
const WEB_ADDRESS_AT_END = /(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+(?:[a-z]{2,}|рф|қаз)\/?[ \u00a0]+$/iu;

/**
 * A template word where a web address belongs: right after one the drafter wrote («по адресу
 * www.shop.kz адрес магазина») or right after the words that introduce one («расположенный на
 * доменном имени адрес магазина», "located on the domain name address of the store").
 */
function afterWebAddress(lineBefore: string, vocabulary: Lexicon): boolean {
  // Only the end of the line matters; a bounded tail keeps a long line's matches linear.
  const tail = lineBefore.slice(-80);
  if (WEB_ADDRESS_AT_END.test(tail)) return true;
  if (!/\p{L}[ \u00a0]+$/u.test(tail)) return false;
  const end = tail.trimEnd().length;
  return vocabulary.find('template-value-intro', tail).some((m) => m.end === end);
}

/**
 * "Responsible person:" with nothing after it, where a value was due: the line is one of a list of
 * labelled details (the next line is labelled too) or the block ends the table cell it stands in.
 */
function emptyLabels(block: Block, vocabulary: Lexicon): Leftover[] {
  const out: Leftover[] = [];
  const lines = block.text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.trimEnd();
    if (colon.endsWith(':') && colon.length <= 60) {
      const label = colon.slice(0, -1).trim();
      const isLabel = vocabulary.find('label-words', label).some((m) => m.start === 0 && m.end === label.length);
      const next = lines[i + 1];
      const detailsFollow = next !== undefined && /^[^:]{1,40}:\s*\S/.test(next);
      if (isLabel && (detailsFollow || block.type === 'tableCell')) {
        const start = offset + line.indexOf(label);
        out.push({ kind: 'empty-label', text: label, start, end: start + label.length });
      }
    }
    offset += line.length + 1;
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
