// References from a policy to its own parts: "clause 4.7", "Section B of this Consent",
// «пункт 6.3», «п. 2.1 настоящей Политики», «3-тармақ», "Annex No. 2", «в разделе «Контакты»».
// A reference that continues into a law or another document ("clause 1 of Article 8 of the Law",
// «пункт 3 статьи 9 Закона», «Заңның 7-бабының 1-тармағы») is not one. Each reference is resolved
// to its target in the same document, or to none. The words are families of vocabulary/terms.yaml
// (reference-clause, reference-annex, reference-outside, self-marker); the grammar is here.
import type { Block, PolicyDocument, Section } from '../model/document.js';
import type { Span } from '../types.js';
import { parseLeadingNumber } from '../model/numbering.js';
import { lexicon as baseLexicon, type Lexicon } from './vocabulary/lexicon.js';
import { splitWords } from './vocabulary/phrases.js';
import { documentDefinitions } from './definitions.js';
import { foldForMatch } from '../language/normalize.js';
import { lastStartingAt } from '../model/search.js';
import { memoKindOf, recall, remember } from '../parse/memo.js';
import { stepEnds, runSteps, type Steps } from './steps.js';

export interface Reference {
  kind: 'clause' | 'annex' | 'title';
  /** The word of reference as written ("clause", «пункт», «тармағы»). */
  word: string;
  /** "4.7", "B", "2"; for a title reference, the title as written. */
  label: string;
  /** Absolute span of the whole reference. */
  span: Span;
  block: Block;
  /** Where it points: a heading, a numbered clause; null when nothing in the document matches. */
  target: Span | null;
  /** The section it points at (title references). */
  section: Section | null;
}

interface LocalReference {
  kind: Reference['kind'];
  word: string;
  label: string;
  start: number;
  end: number;
  /** The number follows the word without «№» / "No.": "Annex 2", not "Annex No. 2". */
  bare?: boolean;
}

const LABEL_AFTER =
  /^[\s\u00a0]*(?:(?:No\.?|Nr\.?|№|N)[\s\u00a0]*)?(\d{1,3}(?:\.\d{1,3})*|[A-Z]|[IVX]{2,5})(?![\p{L}\d]|\.\d)/u;
const LABEL_BEFORE = /(\d{1,3}(?:\.\d{1,3})*)[\s\u00a0]*[-–][\s\u00a0]*$/u;
const TITLE_AFTER = /^[\s\u00a0]*[«“"„]([^«»“”"„\n]{2,60})[»”"“]/u;
const TITLE_BEFORE = /[«“"„]([^«»“”"„\n]{2,60})[»”"“][\s\u00a0]*$/u;
const OUTSIDE_AFTER = 6;
const OUTSIDE_BEFORE = 3;

/** Every reference of the document to its own parts, resolved. */
export function documentReferences(doc: PolicyDocument, lex: Lexicon = baseLexicon()): Reference[] {
  return runSteps(documentReferenceSteps(doc, lex));
}

/** The same, a few blocks per step. */
export function* documentReferenceSteps(doc: PolicyDocument, lex: Lexicon = baseLexicon()): Steps<Reference[]> {
  const key = `references/${lex.id}`;
  const cached = doc.facts.get(key) as Reference[] | undefined;
  if (cached) return cached;
  const found: Reference[] = [];
  const targets = referenceTargets(doc);
  const memo = memoKindOf('references', lex.id);
  let terms: Set<string> | undefined;
  const isDefinedTerm = (word: string): boolean =>
    (terms ??= new Set(documentDefinitions(doc, lex).map((d) => foldForMatch(d.term)))).has(foldForMatch(word));
  for (const block of doc.blocks) {
    if (stepEnds(block.index)) yield;
    if (block.type !== 'paragraph' && block.type !== 'tableCell') continue;
    const local =
      recall<LocalReference[]>(block.core, memo) ?? remember(block.core, memo, blockReferences(block.text, lex));
    for (const r of local) {
      // «Қосымша», «Приложение» defined as the app: «Қосымша 18 жасқа толған…» speaks of the app.
      // "Annex No. 2" stays a reference whatever the definitions say.
      if (r.kind === 'annex' && r.bare && isDefinedTerm(r.word)) continue;
      const resolved = resolve(r, targets);
      if (resolved === undefined) continue;
      found.push({
        kind: r.kind,
        word: r.word,
        label: r.label,
        span: block.sourceSpan(r.start, r.end),
        block,
        target: resolved?.span ?? null,
        section: resolved?.section ?? null,
      });
    }
  }
  doc.facts.set(key, found);
  return found;
}

export function blockReferences(original: string, lex: Lexicon): LocalReference[] {
  const out: LocalReference[] = [];
  // Kazakh joins the number to the word with a hyphen («3.4-тармағында»): read them as two words.
  const text = original.replace(/(\d)-(?=\p{L})/gu, '$1 ');
  const words = splitWords(text);
  const outside = new Set(lex.find('reference-outside', text).map((m) => m.firstWord));
  const selfWords = new Set(lex.find('self-marker', text).map((m) => m.firstWord));
  const sub = new Set(lex.find('reference-subitem', text).map((m) => m.firstWord));
  const found = [
    ...lex.find('reference-clause', text).map((m) => ({ m, kind: 'clause' as const })),
    ...lex.find('reference-annex', text).map((m) => ({ m, kind: 'annex' as const })),
  ];
  for (const { m, kind } of found.sort((a, b) => a.m.start - b.m.start)) {
    if (sub.has(m.firstWord)) continue;
    const word = text.slice(m.start, m.end);
    // An abbreviated word keeps its dot («п. 6.3»); after a whole word a dot ends the sentence.
    const dot = m.end - m.start <= 3 && text[m.end] === '.' ? 1 : 0;
    const after = LABEL_AFTER.exec(text.slice(m.end + dot, m.end + 24));
    const before = after ? null : LABEL_BEFORE.exec(original.slice(Math.max(0, m.start - 16), m.start));
    if (after || before) {
      // A number after the word in English and Russian; before it, joined by a hyphen, in Kazakh.
      const label = (after?.[1] ?? before![1]!).replace(/\.$/, '');
      const start = after ? m.start : m.start - before![0].length;
      const end = after ? m.end + dot + after[0].length : m.end;
      const lastWord = after ? wordIndexAt(words.starts, end - 1) : m.lastWord;
      const firstWord = after ? m.firstWord : wordIndexAt(words.starts, start);
      if (refersOutside(firstWord, lastWord, words.words.length, outside, selfWords)) continue;
      const bare = after !== null && !/[№N]/u.test(after[0]);
      out.push({ kind, word, label, start, end, ...(bare ? { bare } : {}) });
      continue;
    }
    if (kind !== 'clause') continue;
    // A section named by its title: «в разделе «Контакты»», 'the "Contacts" section'.
    const titleAfter = TITLE_AFTER.exec(text.slice(m.end, m.end + 70));
    const titleBefore = titleAfter ? null : TITLE_BEFORE.exec(text.slice(Math.max(0, m.start - 70), m.start));
    if (titleAfter)
      out.push({
        kind: 'title',
        word,
        label: titleAfter[1]!.trim(),
        start: m.start,
        end: m.end + titleAfter[0].length,
      });
    else if (titleBefore)
      out.push({
        kind: 'title',
        word,
        label: titleBefore[1]!.trim(),
        start: m.start - titleBefore[0].length,
        end: m.end,
      });
  }
  return out;
}

/**
 * Whether the words around a reference take it out of the document: a law or another document
 * within a few words after it (or, in Kazakh, just before it), unless "this" points back first.
 */
function refersOutside(first: number, last: number, count: number, outside: Set<number>, self: Set<number>): boolean {
  for (let i = last + 1; i <= Math.min(count - 1, last + OUTSIDE_AFTER); i++) {
    if (self.has(i)) return false;
    if (outside.has(i)) return true;
  }
  for (let i = first - 1; i >= Math.max(0, first - OUTSIDE_BEFORE); i--) {
    if (self.has(i)) return false;
    if (outside.has(i)) return true;
  }
  return false;
}

function wordIndexAt(starts: number[], offset: number): number {
  return Math.max(
    0,
    lastStartingAt(starts, offset, (s) => s),
  );
}

interface Targets {
  /** Clause numbers and section letters ("4.1", "B") → where they stand. */
  labels: Map<string, { span: Span; section: Section | null }>;
  /** Numbers written at the start of headings and paragraphs (not list markers). */
  written: number;
  annexes: Map<string, Span>;
  anyAnnex: boolean;
  sections: Section[];
  /** Headings by their words, the first of each. */
  titles: Map<string, Section>;
}

/** Past this many headings, a title is looked up only by its exact words (each lookup stays cheap). */
const MAX_TITLE_SCAN = 200;

const LETTER_HEAD = /^[\s\u00a0]*(?:(?:section|part|раздел|бөлім)[\s\u00a0]+)?([A-Z])[.)][\s\u00a0]/iu;
const ANNEX_HEAD =
  /^[\s\u00a0]*(?:(\d{1,3})[\s\u00a0]*[-–][\s\u00a0]*)?(?:annex|appendix|schedule|exhibit|приложение|қосымша)(?:[\s\u00a0]*(?:No\.?|№|N)?[\s\u00a0]*(\d{1,3}|[A-Z]))?/iu;

function referenceTargets(doc: PolicyDocument): Targets {
  const cached = doc.facts.get('reference-targets') as Targets | undefined;
  if (cached) return cached;
  const labels = new Map<string, { span: Span; section: Section | null }>();
  const annexes = new Map<string, Span>();
  let written = 0;
  let anyAnnex = false;
  for (const block of doc.blocks) {
    if (block.type !== 'paragraph' && block.type !== 'heading') continue;
    const span = { start: block.start, end: block.end };
    const section = block.type === 'heading' ? block.section : null;
    if (block.number) {
      if (!labels.has(block.number.label)) labels.set(block.number.label, { span, section });
      if (parseLeadingNumber(block.text)) written++;
    }
    const letter = LETTER_HEAD.exec(block.text);
    if (letter && (block.type === 'heading' || /^[\s\u00a0]*(?:section|part|раздел|бөлім)/iu.test(block.text)))
      labels.set(`#${letter[1]!.toUpperCase()}`, { span, section });
    else if (letter && /^[A-Z]$/.test(letter[1]!))
      labels.set(`#${letter[1]!}`, labels.get(`#${letter[1]!}`) ?? { span, section });
    const annex = block.type === 'heading' || block.text.length < 200 ? ANNEX_HEAD.exec(block.text) : null;
    if (annex && (block.type === 'heading' || annex.index === 0)) {
      anyAnnex = true;
      const n = annex[1] ?? annex[2];
      if (n && !annexes.has(n.toUpperCase())) annexes.set(n.toUpperCase(), span);
    }
  }
  const sections = doc.sections.filter((s) => s.heading);
  const titles = new Map<string, Section>();
  for (const s of sections) {
    const words = titleWords(s.title);
    if (!titles.has(words)) titles.set(words, s);
  }
  const targets = { labels, written, annexes, anyAnnex, sections, titles };
  doc.facts.set('reference-targets', targets);
  return targets;
}

const ROMAN: Record<string, number> = {
  II: 2,
  III: 3,
  IV: 4,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  XI: 11,
  XII: 12,
  XIII: 13,
  XIV: 14,
  XV: 15,
};

function resolve(r: LocalReference, t: Targets): { span: Span; section: Section | null } | null | undefined {
  if (r.kind === 'title') {
    const wanted = titleWords(r.label);
    if (wanted === '') return undefined;
    const section =
      t.titles.get(wanted) ??
      t.sections.slice(0, MAX_TITLE_SCAN).find((s) => containsWords(titleWords(s.title), wanted));
    return section ? { span: { start: section.heading!.start, end: section.heading!.end }, section } : null;
  }
  if (r.kind === 'annex') {
    const span = t.annexes.get(r.label.toUpperCase());
    return span ? { span, section: null } : null;
  }
  if (/^[A-Z]$/.test(r.label)) return t.labels.get(`#${r.label}`) ?? t.labels.get(String(ROMAN[r.label] ?? '')) ?? null;
  const label = ROMAN[r.label] ? String(ROMAN[r.label]) : r.label;
  return t.labels.get(label) ?? null;
}

/** Whether a numbered reference that resolves to nothing is surely broken: the document numbers its clauses. */
export function numberingIsRead(doc: PolicyDocument): boolean {
  return referenceTargets(doc).written >= 3;
}

/** Whether the document holds any annex at all. */
export function hasAnnexes(doc: PolicyDocument): boolean {
  return referenceTargets(doc).anyAnnex;
}

function titleWords(title: string): string {
  return splitWords(title)
    .words.filter((w) => !/^\d+$/.test(w))
    .join(' ');
}

function containsWords(haystack: string, needle: string): boolean {
  return (
    needle.length >= 4 &&
    (` ${haystack} `.includes(` ${needle} `) || ` ${needle} `.includes(` ${haystack} `)) &&
    haystack !== ''
  );
}
