// Parties: a company's name written with its legal form ("FFIN Payments LLP", «ТОО «ioka
// fintech»», ««ioka fintech» ЖШС», "ИП LinkMax"). Legal forms come in classes of equivalents
// across languages (ТОО = ЖШС = LLP): the families legal-form-* of vocabulary/terms.yaml. The
// grammar (a quoted name on either side of the form, or up to four capitalised words before it)
// is here. Found per block and cached with it.
import type { Block, PolicyDocument } from '../model/document.js';
import type { Span } from '../types.js';
import { foldForMatch } from '../language/normalize.js';
import { familyIds, lexicon as baseLexicon, type Lexicon } from './vocabulary/lexicon.js';
import { memoKindOf, recall, remember } from '../parse/memo.js';
import { stepEnds, runSteps, type Steps } from './steps.js';

export interface PartyMention {
  /** The name as written, without quotes or legal form. */
  name: string;
  /** The name for comparison: lower case, single spaces. */
  key: string;
  /** The class of its legal form (the family id, e.g. "legal-form-llp"). */
  form: string;
  /** Absolute span of the name. */
  span: Span;
  block: Block;
}

interface LocalMention {
  name: string;
  form: string;
  start: number;
  end: number;
}

interface FormPatterns {
  /** Abbreviations as written (case matters). */
  abbreviations: RegExp;
  /** Forms in words, on folded text. */
  words: RegExp;
  classOf: Map<string, string>;
}

const QUOTE_AFTER = /^[\s\u00a0]*[«“"„]([^«»“”"„\n]{1,60}?)[»”"“]/u;
const QUOTE_BEFORE = /[«“"„]([^«»“”"„\n]{1,60})[»”"“][\s\u00a0]*$/u;
const WORDS_BEFORE = /((?:[\p{Lu}\d][\p{L}\p{M}\d&'’-]*[\s\u00a0]+){1,4})$/u;
const WORDS_AFTER = /^[\s\u00a0]+([\p{Lu}][\p{L}\p{M}\d&'’-]*(?:[\s\u00a0]+[\p{Lu}][\p{L}\p{M}\d&'’-]*)?)/u;

const compiled = new Map<string, FormPatterns>();

function formPatterns(lex: Lexicon): FormPatterns {
  let p = compiled.get(lex.id);
  if (p) return p;
  const classOf = new Map<string, string>();
  const abbreviations: string[] = [];
  const words: string[] = [];
  for (const id of familyIds().filter((f) => f.startsWith('legal-form-'))) {
    for (const phrase of lex.phrases(id)) {
      // "LLP", "ТОО", "Ltd.", "GmbH" are matched as written; "limited liability partnership" in any case.
      if (!/\s/.test(phrase) && /^\p{Lu}/u.test(phrase)) {
        abbreviations.push(phrase);
        classOf.set(phrase, id);
      } else {
        words.push(foldForMatch(phrase));
        classOf.set(foldForMatch(phrase), id);
      }
    }
  }
  const alternation = (list: string[]): string =>
    [...new Set(list)]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '[\\s\\u00a0]+'))
      .join('|') || '(?!)';
  p = {
    abbreviations: new RegExp(`(?<![\\p{L}\\d])(?:${alternation(abbreviations)})(?![\\p{L}\\d])`, 'gu'),
    words: new RegExp(`(?<![\\p{L}\\d])(?:${alternation(words)})(?![\\p{L}\\d])`, 'gu'),
    classOf,
  };
  compiled.set(lex.id, p);
  return p;
}

/** Every name written with a legal form, in document order. */
export function documentParties(doc: PolicyDocument, lex: Lexicon = baseLexicon()): PartyMention[] {
  return runSteps(documentPartySteps(doc, lex));
}

/** The same, a few blocks per step. */
export function* documentPartySteps(doc: PolicyDocument, lex: Lexicon = baseLexicon()): Steps<PartyMention[]> {
  const key = `parties/${lex.id}`;
  let found = doc.facts.get(key) as PartyMention[] | undefined;
  if (!found) {
    found = [];
    const memo = memoKindOf('parties', lex.id);
    for (const block of doc.blocks) {
      if (stepEnds(block.index)) yield;
      if (block.type !== 'paragraph' && block.type !== 'tableCell' && block.type !== 'heading') continue;
      const local =
        recall<LocalMention[]>(block.core, memo) ?? remember(block.core, memo, blockParties(block.text, lex));
      for (const m of local)
        found.push({
          name: m.name,
          key: partyKey(m.name),
          form: m.form,
          span: block.sourceSpan(m.start, m.end),
          block,
        });
    }
    doc.facts.set(key, found);
  }
  return found;
}

/** Lower case, one kind of space: the spelling a reader would call the same. */
export function partyKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

export function blockParties(text: string, lex: Lexicon): LocalMention[] {
  const p = formPatterns(lex);
  const out: LocalMention[] = [];
  const forms: Array<{ start: number; end: number; form: string }> = [];
  for (const m of text.matchAll(p.abbreviations))
    forms.push({ start: m.index, end: m.index + m[0].length, form: p.classOf.get(m[0])! });
  if (/[a-zа-яәғқңөұүһі]{6}/iu.test(text)) {
    const folded = foldForMatch(text);
    for (const m of folded.matchAll(p.words))
      forms.push({
        start: m.index,
        end: m.index + m[0].length,
        form: p.classOf.get(m[0].replace(/[\s\u00a0]+/g, ' ')) ?? 'legal-form',
      });
  }
  forms.sort((a, b) => a.start - b.start);
  const lead = new Set(lex.phrases('name-lead-words').map((w) => foldForMatch(w)));
  for (const f of forms) {
    const after = QUOTE_AFTER.exec(text.slice(f.end, f.end + 70));
    if (after) {
      const start = f.end + after[0].indexOf(after[1]!);
      push(out, after[1]!, start, f.form);
      continue;
    }
    const window = text.slice(Math.max(0, f.start - 70), f.start);
    const base = f.start - window.length;
    const before = QUOTE_BEFORE.exec(window);
    if (before) {
      push(out, before[1]!, base + before.index + 1, f.form);
      continue;
    }
    const words = WORDS_BEFORE.exec(window);
    if (words) {
      let start = base + words.index;
      let name = words[1]!.trimEnd();
      // Drop what stands before the name: "This", "We,", a word that ends a sentence.
      for (;;) {
        const first = /^\S+/.exec(name)?.[0] ?? '';
        const rest = name.slice(first.length).trimStart();
        if (rest === '' || !(lead.has(foldForMatch(first)) || /[.,;:]$/.test(first))) break;
        start += name.length - rest.length;
        name = rest;
      }
      if (!lead.has(foldForMatch(name)) && !/[.,;:]$/.test(name) && /\p{L}/u.test(name)) {
        push(out, name, start, f.form);
        continue;
      }
    }
    const next = WORDS_AFTER.exec(text.slice(f.end, f.end + 60));
    if (next) push(out, next[1]!, f.end + next[0].indexOf(next[1]!), f.form);
  }
  return out;
}

function push(out: LocalMention[], raw: string, start: number, form: string): void {
  const name = raw.trim();
  if (name === '' || name.length > 60) return;
  const at = start + raw.indexOf(name);
  if (out.length > 0 && out[out.length - 1]!.start === at) return;
  out.push({ name, form, start: at, end: at + name.length });
}
