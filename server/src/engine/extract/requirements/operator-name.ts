// What a policy calls its operator when it gives no legal form or BIN: the words a lawyer is told
// were read («the policy names the operator as «Acme» but gives no legal entity»). A name is read
// only in a sentence with a word for the operator (vocabulary `contact-operator`), in the place that
// speaks of the operator (a clause, or the first blocks under an operator or contacts heading), and
// only next to that word:
// - the value of a label: "Data controller: Acme Cloud", «Оператор: Acme»;
// - a name in quotes: «Оператором является «Acme»», not a defined term («(далее — «Оператор»)»);
// - a brand: a word in Latin letters in a Cyrillic or Kazakh sentence, or one with a capital past its
//   first letter ("AcmeSoft", "ACME"), with the capitalised words that follow it ("ACME Fitness Club").
// In the operator's or contacts section, a line wholly in bold right above an address, e-mail or
// phone ("**Acme**", then the address) names the one to be reached: its words are read as the name
// too (boldNameLine). Nothing else is taken for a name: a section that only gives contacts names no
// one, and the message then quotes the place instead. A legal form in the operator's sentence («Оператор: ИП
// [ФИО]») identifies the operator, and a blank there ("The operator is [full name and legal form]")
// is the placeholder rule's to report: no brand is read in either.
import type { Block, PolicyDocument } from '../../model/document.js';
import type { Span } from '../../types.js';
import { familyIds, type Lexicon } from '../vocabulary/lexicon.js';
import { sentenceBounds } from '../jurisdictions/sentences.js';
import { partitionPoint } from '../../model/search.js';
import type { Evidence } from './evidence.js';
import { blockFacts } from './facts.js';

/** How far from the word for the operator a name may begin or end. */
const REACH = 40;
/** A name longer than this is a sentence, not a name. */
const MAX_NAME = 60;
/** The blocks of a section read for a name, its heading first. */
const SECTION_BLOCKS = 6;
/** How far before an opening quote a defined-term introduction («далее —») makes it a term. */
const TERM_REACH = 20;

interface Candidate {
  start: number;
  end: number;
  name: string;
}

/** "Data controller: Acme Cloud": the value after a colon that closes the operator's label (a few words at most). */
function labelValue(sentence: string, wordEnd: number): Candidate | undefined {
  const m = /^[^\S\n]*[\p{L} ]{0,30}?[*_]*\s*[:：]\s*[*_]*\s*([^\n,;()]+)/u.exec(sentence.slice(wordEnd));
  if (!m) return undefined;
  const name = m[1]!
    .replace(/[*_]+/g, '')
    .replace(/[.\s]+$/u, '')
    .trim();
  if (!/^[\p{Lu}\d«"“]/u.test(name)) return undefined;
  const start = wordEnd + m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, name };
}

const QUOTED = /«([^«»\n]{1,60})»|“([^“”\n]{1,60})”|"([^"\n]{1,60})"/gu;

/** Quoted names that are not defined terms. */
function quoted(sentence: string, words: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const m of sentence.matchAll(QUOTED)) {
    const name = (m[1] ?? m[2] ?? m[3]!).trim();
    if (!/^[\p{Lu}\d]/u.test(name)) continue;
    const before = sentence.slice(Math.max(0, m.index - TERM_REACH), m.index);
    if (words.has('definition-intro') && words.test('definition-intro', before)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, name });
  }
  return out;
}

/** A word that is a brand by its letters: Latin among Cyrillic, or a capital past its first letter. */
function brandWord(word: string, cyrillic: boolean): boolean {
  if (!/^[\p{Lu}\d]/u.test(word) || !/\p{L}/u.test(word)) return false;
  if (cyrillic && /^[\p{Script=Latin}\d&.-]+$/u.test(word)) return true;
  return /^\p{L}[\p{L}\d]*\p{Lu}/u.test(word) && /\p{Ll}|^\p{Lu}{2,}/u.test(word);
}

/** Runs of words that begin with a brand word and go on with capitalised words. */
function brands(sentence: string): Candidate[] {
  const cyrillic =
    (sentence.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) > (sentence.match(/\p{Script=Latin}/gu)?.length ?? 0);
  const tokens = [...sentence.matchAll(/[\p{L}\d][\p{L}\d&.'-]*/gu)];
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!brandWord(tokens[i]![0], cyrillic)) continue;
    let last = i;
    while (
      last + 1 < tokens.length &&
      last - i < 3 &&
      /^[\p{Lu}\d]/u.test(tokens[last + 1]![0]) &&
      /^[^\S\n]+$/u.test(sentence.slice(tokens[last]!.index + tokens[last]![0].length, tokens[last + 1]!.index))
    )
      last++;
    const start = tokens[i]!.index;
    const end = tokens[last]!.index + tokens[last]![0].length;
    out.push({ start, end, name: sentence.slice(start, end).replace(/[.]+$/, '') });
    i = last;
  }
  return out;
}

/** What a place says of the operator: a name without a legal form, or a legal form. */
export interface OperatorReading {
  name?: string;
  /** The sentence gives a legal form, or a blank where the name goes: nothing to report here. */
  identified?: 'legal-form' | 'blank';
}

/** A template blank: "[full name]", "{{name}}", "_____". */
const BLANK = /\[[^\]\n]+\]|\{\{|_{3,}/;

/** A legal form written in a sentence, as written ("ИП", "LLP") or in words («жеке кәсіпкер»). */
function hasLegalForm(sentence: string, words: Lexicon): boolean {
  let forms = legalForms.get(words.id);
  if (!forms) {
    forms = new RegExp(`(?<![\\p{L}])(?:${words.written('contact-legal-form')})(?![\\p{L}])`, 'u');
    legalForms.set(words.id, forms);
  }
  return forms.test(sentence) || words.test('contact-legal-form-words', sentence);
}

/** The legal forms as written, compiled once per vocabulary. */
const legalForms = new Map<string, RegExp>();

/** The name next to a word for the operator in one sentence, if any. */
export function nameInSentence(sentence: string, words: Lexicon): OperatorReading | undefined {
  const operators = words.find('contact-operator', sentence);
  if (operators.length === 0) return undefined;
  if (hasLegalForm(sentence, words)) return { identified: 'legal-form' };
  if (BLANK.test(sentence)) return { identified: 'blank' };
  if (describedBy(sentence, operators, words)) return undefined;
  let best: { distance: number; name: string } | undefined;
  const consider = (c: Candidate): void => {
    if (c.name.length === 0 || c.name.length > MAX_NAME) return;
    // The candidate must not be the word for the operator itself ("Operator" in capitals).
    if (operators.some((o) => o.start < c.end && c.start < o.end)) return;
    for (const o of operators) {
      const distance = c.start >= o.end ? c.start - o.end : o.start - c.end;
      if (distance < 0 || distance > REACH) continue;
      if (!best || distance < best.distance) best = { distance, name: c.name };
    }
  };
  for (const o of operators) {
    const label = labelValue(sentence, o.end);
    if (label) return { name: label.name };
  }
  for (const c of quoted(sentence, words)) consider(c);
  for (const c of brands(sentence)) consider(c);
  return best ? { name: best.name } : undefined;
}

/** Text between the word for the operator and its description that would set a name apart from it. */
const APART = /[,;()—–]/u;

/**
 * "Data controller: the developer of the app", «Деректер операторы: Acme қосымшасының әзірлеушісі»:
 * the operator described by its role, right after the word for it (no comma or bracket between),
 * is named by no one; the app named in the description is not its name.
 */
function describedBy(
  sentence: string,
  operators: Array<{ start: number; end: number }>,
  words: Lexicon,
): { start: number; end: number } | undefined {
  if (!words.has('contact-operator-description')) return undefined;
  for (const d of words.find('contact-operator-description', sentence))
    for (const o of operators)
      if (d.start >= o.end && d.start - o.end <= REACH && !APART.test(sentence.slice(o.end, d.start)))
        return { start: o.start, end: d.end };
  return undefined;
}

/**
 * The first sentence that describes the operator by its role and names it nowhere («Оператор
 * данных: разработчик приложения»): the place the message quotes when no place names anyone.
 */
export function describedOperator(doc: PolicyDocument, words: Lexicon): { span: Span; section: number } | undefined {
  if (!words.has('contact-operator-description')) return undefined;
  for (const block of doc.blocks) {
    if (block.type === 'code' || block.type === 'html') continue;
    if (!words.test('contact-operator-description', block.text) || !words.test('contact-operator', block.text))
      continue;
    const text = block.text.replace(/\n/g, ' ');
    for (const [start, end] of sentenceBounds(text)) {
      const sentence = text.slice(start, end);
      if (hasLegalForm(sentence, words)) continue;
      const described = describedBy(sentence, words.find('contact-operator', sentence), words);
      if (described)
        return { span: block.sourceSpan(start + described.start, start + described.end), section: block.section.index };
    }
  }
  return undefined;
}

/** The name read in a block's sentences (a newline read as a space inside a paragraph). */
function nameInText(text: string, words: Lexicon): OperatorReading | undefined {
  for (const [start, end] of sentenceBounds(text.replace(/\n/g, ' '))) {
    const reading = nameInSentence(text.slice(start, end), words);
    if (reading) return reading;
  }
  return undefined;
}

/**
 * The name the place of a piece of evidence gives the operator: a clause's block, or the first
 * blocks of a heading's section.
 */
export function operatorNameAt(doc: PolicyDocument, evidence: Evidence, words: Lexicon): OperatorReading | undefined {
  const first = partitionPoint(doc.blocks, (b) => b.end <= evidence.span.start);
  const block = doc.blocks[first];
  if (!block) return undefined;
  if (evidence.via !== 'heading') return nameInText(block.text, words);
  const section = doc.sections[evidence.section];
  let bold: OperatorReading | undefined;
  for (let i = first; i < doc.blocks.length && i < first + SECTION_BLOCKS; i++) {
    const b = doc.blocks[i]!;
    if (section && b.start >= section.span.end) break;
    if (b.type === 'code' || b.type === 'html') continue;
    const reading = nameInText(b.text, words);
    if (reading) return reading;
    const next = doc.blocks[i + 1];
    if (!bold && next && (!section || next.start < section.span.end)) bold = boldNameLine(b, next, words);
  }
  return bold;
}

/** How many words a bold line may have to be read as a name. */
const MAX_NAME_WORDS = 6;

/**
 * "**Acme**" on a line of its own, right above an address, e-mail or phone: the name of the one the
 * details belong to. A title of the details ("**Contacts**", «**Реквизиты Оператора**»), a label
 * ("**E-mail:**"), a legal form or a blank is not read as a name.
 */
function boldNameLine(block: Block, next: Block, words: Lexicon): OperatorReading | undefined {
  if (block.type !== 'paragraph' || !block.core.bold) return undefined;
  const name = block.text.trim();
  if (name.length === 0 || name.length > MAX_NAME || !/^[\p{Lu}\d«"“]/u.test(name)) return undefined;
  if (/[:：;!?]/u.test(name) || name.split(/\s+/u).length > MAX_NAME_WORDS || BLANK.test(name)) return undefined;
  const titles = ['contact-operator', 'contact-details-title', 'contact-invitation', 'contact-request'];
  if (titles.some((f) => words.has(f) && words.test(f, name)) || hasLegalForm(name, words)) return undefined;
  const details = blockFacts(next, words).some(
    (f) => f.kind === 'email' || f.kind === 'phone' || f.kind === 'postal-address',
  );
  return details ? { name: name.replace(/[.]+$/u, '') } : undefined;
}

/** The names of services run by others ("Google Analytics", "Firebase"): never the policy's own name. */
const SERVICE_FAMILIES = /^(?:services|cloud)-/;

/** What a sentence may begin with before its subject: a clause number, a bullet, markup. */
const SENTENCE_LEAD = /^[\s\d.)*_#>•–—-]*/u;

/**
 * The name a policy gives itself when it has no word for the operator: a brand that is the subject
 * of a sentence on collecting or processing personal data ("Acme collects your personal data",
 * «Acme собирает персональные данные»). The brand opens the sentence (a bracket of second names
 * may follow it), and is a brand by its letters or its quotes; in a Latin sentence, a capitalised
 * word is a brand only when an e-mail or web address of the policy is made of it (hello@acme.kz),
 * since "The Company" or "Cookies" open sentences too. A service run by others is not the name.
 */
export function actingBrand(doc: PolicyDocument, words: Lexicon): string | undefined {
  const services = familyIds().filter((f) => SERVICE_FAMILIES.test(f));
  let domains: string | undefined;
  for (const block of doc.blocks) {
    if (block.type === 'heading' || block.type === 'code' || block.type === 'html') continue;
    if (!words.test('contact-operator-acts', block.text)) continue;
    const text = block.text.replace(/\n/g, ' ');
    for (const [start, end] of sentenceBounds(text)) {
      const sentence = text.slice(start, end);
      if (words.test('contact-operator', sentence)) continue;
      const acts = words.find('contact-operator-acts', sentence)[0];
      if (!acts) continue;
      const lead = SENTENCE_LEAD.exec(sentence)![0].length;
      domains ??= addressWords(doc);
      const subject = [...quoted(sentence, words), ...brands(sentence), ...capitalised(sentence, lead, domains)].find(
        (c) => c.start === lead || c.start === lead + 1,
      );
      if (!subject || subject.name.length > MAX_NAME || acts.start - subject.end > REACH || acts.start < subject.end)
        continue;
      if (services.some((f) => words.test(f, subject.name))) continue;
      return subject.name;
    }
  }
  return undefined;
}

/** The lower-cased words of the policy's e-mail and web addresses ("hello@acme.kz": acme, kz, hello). */
function addressWords(doc: PolicyDocument): string {
  const out = new Set<string>();
  for (const block of doc.blocks)
    for (const m of block.text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)[\w.-]+/gu))
      for (const w of m[0].toLowerCase().split(/[^\p{L}\d]+/u)) if (w.length > 2) out.add(w);
  return [...out].join(' ');
}

/** A capitalised word opening a Latin sentence, when the policy's addresses are made of it. */
function capitalised(sentence: string, lead: number, domains: string): Candidate[] {
  const m = /^\p{Lu}[\p{Ll}\d]+/u.exec(sentence.slice(lead));
  if (!m || !domains.split(' ').includes(m[0].toLowerCase())) return [];
  return [{ start: lead, end: lead + m[0].length, name: m[0] }];
}
