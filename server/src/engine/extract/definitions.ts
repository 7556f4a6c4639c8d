// Defined terms: where a policy says what a word stands for. Three forms are read:
// - an intro word and the term: "(hereinafter referred to as the “Company”)", «(далее – Банк)»,
//   «(бұдан әрі – «Саясат»)», "hereinafter called “Operator”" (outside brackets when quoted, or
//   unquoted when the intro and the term make a clause of their own: «бұдан әрі — Оператор.»);
// - a second name in brackets: "X LLP (or the “Company”)", «(«Веб-сайт»)»;
// - a definition list: «“Personal data” – …», "Operator — …" in a definitions section.
// The words are the families definition-intro, definition-alias and definition-verb of
// vocabulary/terms.yaml; the grammar around them is here. Results are cached per block.
import type { Block, PolicyDocument } from '../model/document.js';
import type { Span } from '../types.js';
import { foldForMatch } from '../language/normalize.js';
import { lexicon as baseLexicon, type Lexicon } from './vocabulary/lexicon.js';
import { memoKindOf, recall, remember } from '../parse/memo.js';
import { stepEnds, runSteps, type Steps } from './steps.js';

export interface Definition {
  /** The term as written, without its quotes. */
  term: string;
  /** Absolute span of the term. */
  span: Span;
  block: Block;
  /** What the term stands for when it is written just before the brackets ("FFIN Payments LLP"). */
  antecedent: string | null;
  via: 'intro' | 'alias' | 'list';
}

/** A definition inside a block: offsets into the block's text. */
interface LocalDefinition {
  term: string;
  start: number;
  end: number;
  antecedent: string | null;
  via: Definition['via'];
}

const OPEN_QUOTES = '«“"„‘\'';
const QUOTED = /^[«“"„‘']([^«»“”"„\n]{1,80}?)[»”"“’']/u;
const LEAD = /^[\s\u00a0]*(?:[-–—:]+[\s\u00a0]*)?(?:(?:the|a|an)[\s\u00a0]+)?/iu;
const MAX_TERM_WORDS = 6;
// A term that makes a clause of its own is a name ("Operator", «Мобильное приложение»), not a sentence.
const MAX_CLAUSE_TERM_WORDS = 3;
// A clause that names the term is short: after the intro, a dash and at most three words.
const MAX_CLAUSE_TERM_CHARS = 120;
const SPACE = /\s/u;
const DASH_LEAD = /^[\s\u00a0]*[-–—][\s\u00a0]/u;
// A capitalised term that ends its clause: only a full stop, a semicolon or the end of the block after it.
const CLOSING_TERM = /^(\p{Lu}[\p{L}\p{N}-]*(?:[\s\u00a0]+[\p{L}\p{N}-]+)*)[\s\u00a0]*[.;]?[\s\u00a0]*(?:\n|$)/u;

/** The character before `at` and the spaces before it, or '' at the start (a backward scan: no regex over the line). */
function charBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && text[i] !== '\n' && text[i] !== '\r' && SPACE.test(text[i]!)) i--;
  return i < 0 ? '' : text[i]!;
}

/** An intro that opens its block or line («…ЖШС⏎бұдан әрі — Оператор.»). */
function opensLine(text: string, at: number): boolean {
  const before = charBefore(text, at);
  return before === '' || before === '\n' || before === '\r';
}

/** An intro that follows a comma or semicolon. */
function opensClause(text: string, at: number): boolean {
  const before = charBefore(text, at);
  return before === ',' || before === ';';
}
const MAX_LIST_TERM_WORDS = 14;

/** Every definition of the document, in order. */
export function documentDefinitions(doc: PolicyDocument, lex: Lexicon = baseLexicon()): Definition[] {
  return runSteps(documentDefinitionSteps(doc, lex));
}

/** The same, a few blocks per step. */
export function* documentDefinitionSteps(doc: PolicyDocument, lex: Lexicon = baseLexicon()): Steps<Definition[]> {
  const key = `definitions/${lex.id}`;
  let found = doc.facts.get(key) as Definition[] | undefined;
  if (!found) {
    found = [];
    for (const block of doc.blocks) {
      if (stepEnds(block.index)) yield;
      for (const d of blockDefinitions(block, lex)) {
        found.push({
          term: d.term,
          span: block.sourceSpan(d.start, d.end),
          block,
          antecedent: d.antecedent,
          via: d.via,
        });
      }
    }
    doc.facts.set(key, found);
  }
  return found;
}

function blockDefinitions(block: Block, lex: Lexicon): LocalDefinition[] {
  if (block.type !== 'paragraph' && block.type !== 'tableCell') return [];
  const inDefinitions = block.section.kinds.includes('definitions');
  const kind = memoKindOf(inDefinitions ? 'definitions/listed' : 'definitions', lex.id);
  let found = recall<LocalDefinition[]>(block.core, kind);
  if (!found) {
    found = [
      ...introDefinitions(block.text, lex),
      ...aliasDefinitions(block.text, lex),
      ...articleDefinitions(block.text),
    ];
    // Clauses of a definitions list may be lines of one paragraph ("2.6. …⏎2.7. User – …").
    let lineStart = 0;
    const taken = new Set(found.map((f) => f.start));
    for (const line of block.text.split('\n')) {
      const listed = listDefinition(line, inDefinitions, lex);
      if (listed && !taken.has(lineStart + listed.start))
        found.push({ ...listed, start: lineStart + listed.start, end: lineStart + listed.end });
      lineStart += line.length + 1;
    }
    found.sort((a, b) => a.start - b.start);
    found = remember(block.core, kind, found);
  }
  return found;
}

/** "(hereinafter — the “Policy”)", «(далее – Оператор)», "referred to as “Website”". */
function introDefinitions(text: string, lex: Lexicon): LocalDefinition[] {
  const out: LocalDefinition[] = [];
  let lastEnd = -1;
  // Longest intro first at each place, so that "hereinafter referred to as" wins over "hereinafter".
  const matches = lex.find('definition-intro', text).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of matches) {
    if (m.start < lastEnd) continue;
    const open = openBracketBefore(text, m.start);
    const after = text.slice(m.end, m.end + 120);
    const lead = LEAD.exec(after)![0].length;
    const rest = after.slice(lead);
    let term: string | null = null;
    let offset = 0;
    // In brackets, the first quoted term up to the closing bracket ("(hereinafter collectively referred to as “Third Parties”)").
    const segment = open >= 0 ? rest.slice(0, Math.max(0, rest.indexOf(')'))) : '';
    const inner = segment.search(/[«“"„]/u);
    const quoted = QUOTED.exec(inner > 0 ? segment.slice(inner) : rest);
    const skip = quoted && inner > 0 ? inner : 0;
    if (quoted) {
      term = quoted[1]!.trim();
      offset = skip + 1 + quoted[1]!.indexOf(term);
    } else if (open >= 0) {
      // Unquoted, the term runs to the closing bracket or the first comma.
      const stop = rest.search(/[),;\n]/);
      const raw = stop >= 0 ? rest.slice(0, stop) : '';
      term = raw.trim();
      if (!/^\p{L}/u.test(term) || term.split(/\s+/).length > MAX_TERM_WORDS) term = null;
    } else if (DASH_LEAD.test(after)) {
      // Unquoted and unbracketed, only a clause of its own: «бұдан әрі — Оператор.» on a line after the
      // name (a short name), or «…, далее — Оператор.» closing a sentence (one word: after a comma,
      // «далее — Оператор хранит их» may be "then").
      const words = opensLine(text, m.start) ? MAX_CLAUSE_TERM_WORDS : opensClause(text, m.start) ? 1 : 0;
      const lineEnd = text.indexOf('\n', m.end);
      const clause = text.slice(m.end + lead, lineEnd < 0 ? text.length : lineEnd);
      const closing = clause.length <= MAX_CLAUSE_TERM_CHARS ? CLOSING_TERM.exec(clause) : null;
      if (closing && closing[1]!.split(/\s+/).length <= words) term = closing[1]!;
    }
    if (!term) continue;
    const start = m.end + lead + offset;
    out.push({
      term,
      start,
      end: start + term.length,
      antecedent: open >= 0 ? antecedentBefore(text, open) : null,
      via: 'intro',
    });
    lastEnd = start + term.length;
  }
  return out;
}

// "(or the “Company”)", «(«Веб-сайт»)», «(немесе «Компания»)», "('User', 'You')": up to two words,
// then one or more quoted terms, in double quotes or in single ones (an English draft's 'Platform').
const ALIAS_TERM = `(?:[«“"„][^«»“”"„\\n()]{1,60}[»”"“]|[‘'][^«»“”"„‘’'\\n()]{1,60}[’'])`;
const ALIAS = new RegExp(
  `\\(\\s*((?:[\\p{L}]+,?\\s+){0,2})(${ALIAS_TERM}(?:\\s*,\\s*${ALIAS_TERM}){0,3})\\s*\\)`,
  'gu',
);
const QUOTED_ALIAS = new RegExp(ALIAS_TERM, 'gu');

function aliasDefinitions(text: string, lex: Lexicon): LocalDefinition[] {
  if (!text.includes('(')) return [];
  const out: LocalDefinition[] = [];
  const aliasWords = new Set(lex.phrases('definition-alias').map((w) => foldForMatch(w)));
  for (const m of text.matchAll(ALIAS)) {
    const words = m[1]!.trim() === '' ? [] : foldForMatch(m[1]!).replace(/,/g, ' ').trim().split(/\s+/);
    if (!words.every((w) => aliasWords.has(w))) continue;
    const terms = m.index + m[0].indexOf(m[2]!);
    // Each quoted name is a term ("('User', 'You')"); the words before the bracket stand for them all.
    for (const q of m[2]!.matchAll(QUOTED_ALIAS)) {
      const inner = q[0].slice(1, -1);
      const term = inner.trim();
      if (!/^\p{Lu}/u.test(term)) continue;
      const start = terms + q.index + 1 + inner.indexOf(term);
      out.push({ term, start, end: start + term.length, antecedent: antecedentBefore(text, m.index), via: 'alias' });
    }
  }
  return out;
}

// "personal data of website users (the Site)": an English name in brackets, unquoted but for the
// article, made of one or two capitalised words and nothing else. The article marks a name given
// to what comes before; without it "(GDPR)" or "(Almaty)" is only an aside.
const ARTICLE_ALIAS = /\(\s*the\s+(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)?)\s*\)/gu;

function articleDefinitions(text: string): LocalDefinition[] {
  if (!text.includes('(the ')) return [];
  const out: LocalDefinition[] = [];
  for (const m of text.matchAll(ARTICLE_ALIAS)) {
    const term = m[1]!;
    const start = m.index + m[0].lastIndexOf(term);
    out.push({ term, start, end: start + term.length, antecedent: antecedentBefore(text, m.index), via: 'alias' });
  }
  return out;
}

// «“Personal data” – …», "1.1.4. «Term» - …", "Operator — …", "“Cookies” means …"; a quoted term
// may have quoted synonyms after it: «“Company”, “we”, “us” – …».
const LIST_ITEM =
  /^[\s\u00a0]*(\d{1,3}(?:[\s\u00a0]*\.[\s\u00a0]*\d{1,3})*\.?[\s\u00a0]*)?(?:[•·▪◦*-][\s\u00a0]*)?([«“"„]?)([\p{Lu}][^«»“”"„\n—–:]{0,80}?)([»”"“]?)(?:,[\s\u00a0]*[«“"„][^«»“”"„\n]{1,40}[»”"“]){0,4}[\s\u00a0]*(?:[—–:]|-(?=[\s\u00a0]))/u;
const QUOTED_HEAD =
  /^[\s\u00a0]*(?:\d{1,3}(?:\.\d{1,3})*\.?[\s\u00a0]*)?(?:[•·▪◦*-][\s\u00a0]*)?[«“"„]([\p{Lu}][^«»“”"„\n]{0,80}?)[»”"“](?:,[\s\u00a0]*[«“"„][^«»“”"„\n]{1,40}[»”"“]){0,4}[\s\u00a0]+/u;

function listDefinition(text: string, inDefinitions: boolean, lex: Lexicon): LocalDefinition | null {
  const m = LIST_ITEM.exec(text);
  if (m) {
    // Quoted («Term» – …, also with the closing quote lost), in a definitions section, or a short
    // term in a numbered clause ("2.7. User – any visitor…").
    const quoted = m[2] !== '';
    const term = m[3]!.trim();
    const words = term.split(/\s+/).length;
    if (((quoted || inDefinitions) && words <= MAX_LIST_TERM_WORDS) || (m[1] !== undefined && words <= 3)) {
      const start = m[0].indexOf(m[3]!, (m[1] ?? '').length);
      return { term, start, end: start + term.length, antecedent: null, via: 'list' };
    }
  }
  // "“Cookies” means …": a quoted term followed by a definition verb.
  const q = QUOTED_HEAD.exec(text);
  if (q) {
    const after = text.slice(q[0].length, q[0].length + 40);
    const verb = lex.find('definition-verb', after)[0];
    if (verb && verb.start === 0) {
      const start = q[0].indexOf(q[1]!);
      return { term: q[1]!.trim(), start, end: start + q[1]!.trim().length, antecedent: null, via: 'list' };
    }
  }
  return null;
}

/** The "(" that holds `at` unclosed, within the 12 characters before it; -1 when there is none. */
function openBracketBefore(text: string, at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - 12); i--) {
    if (text[i] === ')') return -1;
    if (text[i] === '(') return i;
  }
  return -1;
}

/** The words just before a bracket, back to the start of the clause (at most 120 characters). */
function antecedentBefore(text: string, bracket: number): string | null {
  const from = Math.max(0, bracket - 120);
  const before = text.slice(from, bracket);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf('('),
    before.lastIndexOf(')'),
    before.search(/[.!?]\s+[^.!?]*$/),
  );
  const antecedent = (cut >= 0 ? before.slice(cut + 1) : before).trim().replace(/^[.!?]\s*/, '');
  return antecedent === '' ? null : antecedent;
}

/** Whether a character opens a quotation. */
export function isOpenQuote(ch: string | undefined): boolean {
  return ch !== undefined && OPEN_QUOTES.includes(ch);
}
