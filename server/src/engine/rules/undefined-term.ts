// undefined-term: a capitalised term used as a defined term but never defined.
// What it checks: the nouns policies define (the Operator, the User, the Site: the family
// defined-role of vocabulary/terms.yaml) written with a capital in the middle of a sentence,
// when no definition of the policy ("(hereinafter the “Operator”)", «(далее – Оператор)», a
// definitions list) defines them; and a policy that defines its own name («(далее — «Положение»)»)
// but calls itself otherwise («Настоящая Политика»). Sentence starts, headings, quoted text and
// words inside proper names ("Apple App Store") are left alone. One finding per term. Also a law's
// abbreviation in a language pplint does not read («DSGVO» in the English version), never introduced.
// Legal source: a term whose meaning the policy does not give leaves its scope to the reader
// (GDPR Art. 12(1): clear and plain language; Law 94-V, Art. 8).
// Options: none.
import { defineRule, type RuleContext } from './framework.js';
import { documentDefinitionSteps, type Definition } from '../extract/definitions.js';
import { namesRole } from '../extract/role-naming.js';
import { lexicon, type Lexicon } from '../extract/vocabulary/lexicon.js';
import { documentLines } from '../model/lines.js';
import type { Block } from '../model/document.js';
import type { Span } from '../types.js';
import { stepEnds, type Steps } from '../extract/steps.js';

export default defineRule<Record<string, unknown>>({
  id: 'undefined-term',
  meta: {
    docs: {
      description: {
        en: 'A capitalised term used as a defined term but never defined.',
        ru: 'Термин с прописной буквы употреблён как определённый, но нигде не определён.',
        kk: 'Бас әріппен жазылған термин анықталған ретінде қолданылған, бірақ еш жерде анықталмаған.',
      },
      legal: ['GDPR Art. 12(1)', 'Law 94-V, Art. 8'],
    },
    defaultSeverity: 'info',
    fixable: false,
    hasSuggestions: false,
    messages: ['undefined', 'undefined-shorter', 'self-name', 'definition', 'foreign-abbreviation'],
    scope: 'document',
    readsWords: true,
  },
  *check(context) {
    const lex = lexicon(context.config.vocabulary as Record<string, unknown> | undefined);
    const definitions = yield* documentDefinitionSteps(context.doc, lex);
    yield* undefinedRoles(context, definitions, lex);
    yield* selfName(context, definitions, lex);
    yield* foreignAbbreviations(context, definitions, lex);
  },
});

/** The role nouns the definitions define (by the phrase of defined-role that matches them). */
function definedRoles(definitions: Definition[], lex: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const d of definitions) for (const m of lex.find('defined-role', d.term)) out.add(m.phrase.source);
  return out;
}

function* undefinedRoles(context: RuleContext, definitions: Definition[], lex: Lexicon): Steps<void> {
  const defined = definedRoles(definitions, lex);
  // By phrase: one term however it is inflected. A word several phrases match («Компания»: ru
  // «компани*» and kk «компания*») is one use of one term, whichever phrase finds it.
  const uses = new Map<string, Use>();
  const named = new Set<string>();
  for (const block of context.doc.blocks) {
    if (stepEnds(block.index)) yield;
    if (block.type !== 'paragraph' && block.type !== 'tableCell') continue;
    for (const [at, sources] of byPlace(lex.find('defined-role', block.text))) {
      const [start, end] = at;
      if (sources.some((s) => defined.has(s))) continue;
      // «Оператором является …», "the Operator — Dala Pay LLP": the sentence names who the role is.
      if (namesRole(block.text, start, end, lex)) {
        for (const s of sources) named.add(s);
        continue;
      }
      if (!usedAsDefined(block, start, end)) continue;
      const use = sources.map((s) => uses.get(s)).find((u) => u !== undefined) ?? {
        span: block.sourceSpan(start, end),
        text: block.text.slice(start, end),
        count: 0,
        sources: new Set<string>(),
      };
      use.count++;
      for (const s of sources) use.sources.add(s);
      for (const s of sources) uses.set(s, use);
    }
  }
  const lines = documentLines(context.doc);
  for (const use of new Set(uses.values())) {
    if ([...use.sources].some((s) => named.has(s))) continue;
    const longer = longerDefinition(definitions, use.text);
    if (!longer) {
      context.report({ messageId: 'undefined', data: { term: use.text }, span: use.span });
      continue;
    }
    // "Website" defined, "Site" used: say which term the policy does define.
    context.report({
      messageId: 'undefined-shorter',
      data: { term: use.text, defined: longer.term, line: lines.lineOf(longer.span.start) + 1 },
      span: use.span,
      related: [{ span: longer.span, message: { id: 'undefined-term/definition', data: { term: longer.term } } }],
    });
  }
}

interface Use {
  span: Span;
  text: string;
  count: number;
  /** The defined-role phrases that found it. */
  sources: Set<string>;
}

/** The phrases found at each place, in text order. */
function byPlace(matches: ReadonlyArray<{ start: number; end: number; phrase: { source: string } }>) {
  const places = new Map<string, [[number, number], string[]]>();
  for (const m of matches) {
    const key = `${m.start}:${m.end}`;
    const place = places.get(key);
    if (place) place[1].push(m.phrase.source);
    else places.set(key, [[m.start, m.end], [m.phrase.source]]);
  }
  return [...places.values()];
}

/** A defined term that ends with the undefined one ("Website" for "Site"): the term the drafter meant. */
function longerDefinition(definitions: readonly Definition[], term: string): Definition | undefined {
  const used = term.toLowerCase();
  return definitions.find((d) => {
    const defined = d.term.toLowerCase();
    return defined.length > used.length && defined.endsWith(used) && !/\s/.test(defined);
  });
}

/**
 * Capitalised in the middle of a sentence, after a lower-case word or a comma, and not inside a
 * proper name (a capitalised word next to it) or a quotation.
 */
function usedAsDefined(block: Block, start: number, end: number): boolean {
  const text = block.text;
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(start, start + 2))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const previous = /(\S+)[\s\u00a0]+$/u.exec(before)?.[1];
  if (!previous || !/^[\p{Ll}][\p{L}\p{M}'’-]*,?$/u.test(previous)) return false;
  const next = /^[\s\u00a0]+(\S)/u.exec(text.slice(end, end + 4))?.[1];
  if (next && /\p{Lu}/u.test(next)) return false;
  return !insideQuotes(text, start);
}

/** Whether an opening quote before `at` in the block is still open. */
function insideQuotes(text: string, at: number): boolean {
  let depth = 0;
  for (let i = Math.max(0, at - 200); i < at; i++) {
    const ch = text[i];
    if (ch === '«' || ch === '“' || ch === '„') depth++;
    else if ((ch === '»' || ch === '”') && depth > 0) depth--;
  }
  return depth > 0;
}

/** «(далее — «Положение»)» then «Настоящая Политика»: the policy's own name used two ways. */
function* selfName(context: RuleContext, definitions: Definition[], lex: Lexicon): Steps<void> {
  const { doc } = context;
  const own = definitions.find((d) => {
    const types = lex.find('document-type', d.term);
    return types.length > 0 && types[0]!.start === 0 && d.term.split(/\s+/).length <= 3;
  });
  if (!own) return;
  const ownType = headNoun(lex.find('document-type', own.term)[0]!.phrase.source);
  const definedTypes = new Set(
    definitions.flatMap((d) => lex.find('document-type', d.term).map((m) => headNoun(m.phrase.source))),
  );
  // A heading after the definition that names another document ("Consent to processing") holds a
  // document of its own; the title above the definition is the policy's own.
  const headed = new Set(
    doc.blocks
      .filter((b) => b.type === 'heading' && b.start > own.span.end)
      .flatMap((b) => lex.find('document-type', b.text).map((m) => headNoun(m.phrase.source))),
  );
  const lines = documentLines(doc);
  for (const block of doc.blocks) {
    if (stepEnds(block.index)) yield;
    if ((block.type !== 'paragraph' && block.type !== 'tableCell') || block.end <= own.span.end) continue;
    const types = new Map(lex.find('document-type', block.text).map((t) => [t.firstWord, t]));
    for (const marker of lex.find('self-marker', block.text)) {
      const type = types.get(marker.lastWord + 1);
      if (!type || [ownType, ...definedTypes, ...headed].includes(headNoun(type.phrase.source))) continue;
      if (!/^\p{Lu}/u.test(block.text[type.start] ?? '')) continue;
      const text = block.text.slice(marker.start, type.end);
      context.report({
        messageId: 'self-name',
        data: { defined: own.term, line: lines.lineOf(own.span.start) + 1, text },
        span: block.sourceSpan(marker.start, type.end),
        related: [{ span: own.span, message: { id: 'undefined-term/definition', data: { term: own.term } } }],
      });
      return;
    }
  }
}

/**
 * "Art. 17 DSGVO" in the English version: a law's abbreviation in another language, left from the
 * original, that this version never introduces. One finding per abbreviation, at its first use.
 */
function* foreignAbbreviations(context: RuleContext, definitions: Definition[], lex: Lexicon): Steps<void> {
  const introduced = new Set(definitions.map((d) => d.term.toUpperCase()));
  const seen = new Set<string>();
  for (const block of context.doc.blocks) {
    if (stepEnds(block.index)) yield;
    if (block.type !== 'paragraph' && block.type !== 'tableCell' && block.type !== 'heading') continue;
    for (const m of lex.find('foreign-law-abbreviation', block.text)) {
      const text = block.text.slice(m.start, m.end);
      // Written as an abbreviation (capitals), not a word that happens to share the letters.
      if (text !== text.toUpperCase() || introduced.has(text) || seen.has(text)) continue;
      seen.add(text);
      context.report({
        messageId: 'foreign-abbreviation',
        data: { term: text },
        span: block.sourceSpan(m.start, m.end),
      });
    }
  }
}

/** "privacy policy" and "policy" name one document: compare the last word. */
function headNoun(phrase: string): string {
  return phrase.split(/\s+/).pop()!;
}
