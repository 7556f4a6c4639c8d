// Unfilled template text: bracketed blanks ("[Company name]", "[●]"), drafting notes (TODO,
// TBD, «УТОЧНИТЬ»), runs of underscores, template variables ("{{company}}"), and sentences that
// promise contact details and stop ("contact us by phone at the email").
// Found per block, on the text a reader sees (so links and escaped brackets are not blanks).
import type { Block, PolicyDocument } from '../model/document.js';
import { trimEndOf, trimEndSpaceAnd } from '../language/trim.js';
import { findLeftovers, type LeftoverKind } from './template-leftovers.js';
import { lexicon, type Lexicon } from './vocabulary/lexicon.js';
import type { Lang } from '../types.js';
import { memoKindOf, recall, remember } from '../parse/memo.js';

export type PlaceholderKind = 'bracketed' | 'marker' | 'blank' | 'template-variable' | 'empty-contact' | LeftoverKind;
export type ContactKind = 'phone' | 'email' | 'address' | 'website' | 'any';

export interface Placeholder {
  kind: PlaceholderKind;
  /** The text as it stands in the block (for empty contacts: the words that promise the contact). */
  text: string;
  /** Indices into the block's text. */
  start: number;
  end: number;
  /** What an empty contact promised. */
  contact?: ContactKind;
  /** The inner text of a bracketed blank or a template variable ("Company name"). */
  inner?: string;
}

// "[1]", "[12]" are references, "[sic]" a quotation mark of its own; "[x]" a ticked box.
// A blank pasted into a paragraph may wrap: up to three source lines (soft breaks) are one blank.
// Links are already gone from the text, so a wrapped link text is not read as one.
const BRACKETED = /\[([^[\]\n]{1,120}(?:\n[^[\]\n]{1,120}){0,2})\]/g;
const NOT_A_BLANK = /^(?:\d{1,3}|sic|x| |)$/i;
// "${name}"; "{{ name }}" is found by templateVariables (a pattern for it is quadratic on "{{" and spaces).
const DOLLAR_VARIABLE = /\$\{([^{}\n]{1,80})\}/g;
const BLANK = /_{3,}|…{2,}|\.{6,}/g;

/** The patterns of one vocabulary: its drafting markers and its promises of contact details. */
interface Patterns {
  marker: RegExp;
  /** Each promise, the contact it promises, and whether it is a label ("E-mail:"). */
  promises: Array<[RegExp, ContactKind, boolean]>;
  /** "by phone" right before another promise: two promises in a row, neither kept. */
  byPhone: RegExp;
}

// Which family promises which contact; a promise ends its sentence, with a colon or (for a label) must.
const PROMISE_FAMILIES: Array<{ family: string; contact: ContactKind; colon: 'optional' | 'required' }> = [
  { family: 'contact-promise-email', contact: 'email', colon: 'optional' },
  { family: 'contact-promise-phone', contact: 'phone', colon: 'optional' },
  { family: 'contact-promise-address', contact: 'address', colon: 'optional' },
  { family: 'contact-promise-label', contact: 'any', colon: 'required' },
  { family: 'contact-promise-any', contact: 'any', colon: 'optional' },
];
const PROMISE_LANGUAGES: Lang[] = ['en', 'ru', 'kk'];
// English words stand apart; a Russian or Kazakh label may end a longer word («вебсайт:»).
const wordStart = (lang: Lang): string => (lang === 'en' ? '\\b' : '');

const compiled = new Map<string, Patterns>();

function patterns(words: Lexicon): Patterns {
  let p = compiled.get(words.id);
  if (p) return p;
  const promises: Array<[RegExp, ContactKind, boolean]> = [];
  for (const lang of PROMISE_LANGUAGES) {
    for (const { family, contact, colon } of PROMISE_FAMILIES) {
      if (words.phrases(family, lang).length === 0) continue;
      const end = colon === 'required' ? '\\s*:\\s*$' : '\\s*:?\\s*$';
      promises.push([
        new RegExp(`${wordStart(lang)}${words.written(family, lang)}${end}`, 'i'),
        contact,
        colon === 'required',
      ]);
    }
  }
  const byPhone = PROMISE_LANGUAGES.filter((lang) => words.phrases('contact-promise-by-phone', lang).length > 0).map(
    (lang) => `${wordStart(lang)}${words.written('contact-promise-by-phone', lang)}\\s*$`,
  );
  p = {
    // Drafting notes are written in capitals; the same words in lower case are ordinary words.
    // A run of X ("XXX", "XXXXX") is a blank written in letters.
    marker: new RegExp(`(?<![\\p{L}\\p{N}])(?:X{3,}|${words.written('drafting-markers')})(?![\\p{L}\\p{N}])`, 'gu'),
    promises,
    byPhone: new RegExp(byPhone.join('|') || '(?!)', 'i'),
  };
  compiled.set(words.id, p);
  return p;
}

// What counts as a given contact: an e-mail, a phone number, a link or an address with a number.
const CONTACT_VALUE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d\s()\-–]{5,}\d|https?:\/\/|www\.|\d/;

/** The block's placeholders, found with the words of `words` (vocabulary/placeholders.yaml and templates.yaml). */
export function findPlaceholders(block: Block, words: Lexicon = lexicon()): Placeholder[] {
  const kind = memoKindOf('placeholders', words.id);
  const cached = recall<Placeholder[]>(block.core, kind);
  if (cached) return cached;
  const p = patterns(words);
  const found: Placeholder[] = [];
  if (block.type === 'heading' || block.type === 'paragraph' || block.type === 'tableCell') {
    const text = block.text;
    for (const m of text.matchAll(BRACKETED)) {
      const inner = m[1]!.replace(/\s+/g, ' ').trim();
      if (NOT_A_BLANK.test(inner) || /^\^/.test(inner)) continue;
      found.push({ kind: 'bracketed', text: m[0], start: m.index, end: m.index + m[0].length, inner });
    }
    for (const v of templateVariables(text)) found.push(v);
    for (const m of text.matchAll(p.marker))
      found.push({ kind: 'marker', text: m[0], start: m.index, end: m.index + m[0].length });
    const covered = new Uint8Array(text.length);
    for (const p of found) covered.fill(1, p.start, p.end);
    for (const m of text.matchAll(BLANK)) {
      if (covered[m.index]) continue;
      found.push({ kind: 'blank', text: m[0], start: m.index, end: m.index + m[0].length });
    }
    // A table cell names or describes (a feature "transfer by phone number"); it promises a
    // contact only when it invites one. A heading ("### Postal address:") titles the details
    // written under it, in blocks of their own.
    if (block.type === 'paragraph' || (block.type === 'tableCell' && words.test('contact-invitation', text)))
      found.push(...emptyContacts(text, p).filter((c) => !toSubject(text, c, words)));
    // Leftovers of a template that are not blanks; a place already found is not reported twice.
    for (const p of found) covered.fill(1, p.start, p.end);
    for (const leftover of findLeftovers(block, words)) {
      if (covered.subarray(leftover.start, leftover.end).includes(1)) continue;
      found.push(leftover);
    }
  }
  found.sort((a, b) => a.start - b.start);
  return remember(block.core, kind, found);
}

/**
 * "{{ company }}" and "${company}", in order, none inside another: "{{", at most 80 characters
 * besides the spaces around them and no brace or line break among them, "}}". Each "{{" looks
 * ahead only to the next brace, so the scan is linear.
 */
function templateVariables(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  for (let open = text.indexOf('{{'); open !== -1;) {
    let close = open + 2;
    while (close < text.length && text[close] !== '{' && text[close] !== '}') close++;
    const inner = text.slice(open + 2, close).trim();
    if (text.startsWith('}}', close) && inner.length <= 80 && !inner.includes('\n')) {
      out.push({ kind: 'template-variable', text: text.slice(open, close + 2), start: open, end: close + 2, inner });
      open = text.indexOf('{{', close + 2);
    } else {
      open = text.indexOf('{{', open + 1);
    }
  }
  // Both lists are in text order: walk them together to drop a "${…}" inside a "{{…}}".
  const braces = out.length;
  let k = 0;
  for (const m of text.matchAll(DOLLAR_VARIABLE)) {
    const end = m.index + m[0].length;
    while (k < braces && out[k]!.end <= m.index) k++;
    if (k < braces && out[k]!.start < end) continue;
    out.push({ kind: 'template-variable', text: m[0], start: m.index, end, inner: m[1]!.trim() });
  }
  return out;
}

// A promise of contact details is a few words: the patterns look only at a sentence's last
// characters, so that a long sentence (or a long run of spaces) costs no more than a short one.
const PROMISE_WINDOW = 160;
// The words a label may follow in its sentence: a kind of address or of phone ("Registered office address:").
const LABEL_LEAD_WORDS = 3;
const LABEL_LEAD_WORD = /[\p{L}\p{N}]+/gu;

/** Sentences that end on a promise of contact details with nothing after it. */
function emptyContacts(text: string, p: Patterns): Placeholder[] {
  const out: Placeholder[] = [];
  for (const { start, end } of sentences(text)) {
    const whole = trimEndSpaceAnd(text.slice(start, end), '.;');
    const cut = Math.max(0, whole.length - PROMISE_WINDOW);
    const sentence = whole.slice(cut);
    for (const [pattern, contact, label] of p.promises) {
      const found = pattern.exec(sentence);
      if (!found) continue;
      const m = { index: found.index + cut, 0: found[0] };
      // A label heads its line («Postal address:», «Тел.:»); one that ends a sentence of its own
      // ("… to improve your experience on our website:") introduces what follows, not a detail.
      if (label && (whole.slice(0, m.index).match(LABEL_LEAD_WORD) ?? []).length > LABEL_LEAD_WORDS) continue;
      const before = whole.slice(Math.max(0, m.index - PROMISE_WINDOW), m.index);
      // "by phone +7 701 ... or at the e-mail" still gives a contact in the same sentence.
      if (CONTACT_VALUE.test(before.slice(Math.max(0, before.length - 60)))) break;
      let words = trimEndOf(m[0].trim(), ':').trim();
      let at = start + m.index + m[0].indexOf(words);
      let promised = contact;
      // "by phone at the email": two promises in a row, neither kept.
      const also = p.byPhone.exec(before);
      if (also) {
        at = start + m.index - before.length + also.index;
        words = text.slice(at, start + m.index + trimEndOf(m[0].trimEnd(), ':').length).trim();
        promised = 'any';
      }
      out.push({ kind: 'empty-contact', text: words, start: at, end: at + words.length, contact: promised });
      break;
    }
  }
  return out;
}

/**
 * A promise in a sentence where the operator writes to the subject («мы уведомим вас … по
 * электронной почте»): the address is the subject's, not a contact the policy owes.
 */
function toSubject(text: string, promise: Placeholder, words: Lexicon): boolean {
  const sentence = sentences(text).find((s) => s.start <= promise.start && promise.start < s.end);
  return sentence !== undefined && words.test('contact-to-subject', text.slice(sentence.start, promise.start));
}

/** Sentence ranges: split after . ; ! ? or a line break, but not inside "e.g." or numbers. */
function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  const boundary =
    /(?<!(?<![\p{L}])(?:e\.g|i\.e|etc|No|no|Art|art|ст|п|пп|т\.е|т\.д|г|ул|д|тел))[.;!?](?=\s+[\p{Lu}\p{N}«"“(]|\s*$)|\n/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Every placeholder of the document, with its block. */
export function documentPlaceholders(
  doc: PolicyDocument,
  words: Lexicon = lexicon(),
): Array<{ block: Block; placeholder: Placeholder }> {
  const key = `placeholders/${words.id}`;
  let all = doc.facts.get(key) as Array<{ block: Block; placeholder: Placeholder }> | undefined;
  if (!all) {
    all = blockPlaceholders(doc.blocks, words);
    doc.facts.set(key, all);
  }
  return all;
}

/** The placeholders of some blocks (those an edit made anew), in their order. */
export function blockPlaceholders(
  blocks: readonly Block[],
  words: Lexicon = lexicon(),
): Array<{ block: Block; placeholder: Placeholder }> {
  const all: Array<{ block: Block; placeholder: Placeholder }> = [];
  for (const block of blocks)
    for (const placeholder of findPlaceholders(block, words)) all.push({ block, placeholder });
  return all;
}
