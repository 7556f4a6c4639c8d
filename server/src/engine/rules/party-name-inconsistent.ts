// party-name-inconsistent: the operator (or another party) named in more than one spelling.
// What it checks: names written with a legal form ("Finetech LLP", «ТОО «ioka fintech»») that
// differ from the spelling the document introduces by a letter or two ("Faintech LLP"), and names
// with a look-alike letter of another script inside («іoka» with a Cyrillic «і»). The spelling of
// reference is the one a definition follows ("X LLP (hereinafter the “Company”)"), else the most
// frequent. Letter case and the legal form's language (ТОО = ЖШС = LLP) do not count.
// Legal source: the policy must identify the operator (Law 94-V, Art. 8 p.4; GDPR Art. 13(1)(a));
// a misspelt name identifies another person, or none.
// Options: `maxDistance` (default 2), the most letters two spellings of one name may differ by.
import { defineRule, type RuleContext } from './framework.js';
import { documentPartySteps, partyKey, type PartyMention } from '../extract/parties.js';
import { documentDefinitionSteps, documentDefinitions } from '../extract/definitions.js';
import { foreignLetters, unmixed } from '../extract/homoglyphs.js';
import { lexicon } from '../extract/vocabulary/lexicon.js';
import { documentLines, type LineIndex } from '../model/lines.js';
import { editDistance } from '../language/distance.js';
import type { PolicyDocument } from '../model/document.js';
import type { RelatedLocation, TextEdit } from '../types.js';

interface Options {
  maxDistance: number;
}

export default defineRule<Options>({
  id: 'party-name-inconsistent',
  meta: {
    docs: {
      description: {
        en: 'The operator (or another party) named in more than one spelling.',
        ru: 'Наименование оператора (или другой стороны) написано по-разному.',
        kk: 'Оператордың (немесе басқа тараптың) атауы әртүрлі жазылған.',
      },
      legal: ['Law 94-V, Art. 8 p.4', 'GDPR Art. 13(1)(a)'],
    },
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxDistance: {
          type: 'integer',
          minimum: 1,
          maximum: 3,
          default: 2,
          description: 'The most letters two spellings of one name may differ by to be read as one name.',
        },
      },
    },
    messages: [
      'variant',
      'variant-several',
      'variant-dominant',
      'homoglyph',
      'reference',
      'use',
      'replace',
      'replace-all',
      'replace-one',
      'replace-reference',
    ],
    scope: 'document',
  },
  *check(context) {
    const { doc } = context;
    const lex = lexicon(context.config.vocabulary as Record<string, unknown> | undefined);
    const mentions = yield* documentPartySteps(doc, lex);
    if (mentions.length === 0) return;
    const lines = documentLines(doc);
    // The spellings a definition follows come first: the definitions are read a few blocks per step.
    yield* documentDefinitionSteps(doc, lex);
    const canonicals = referenceSpellings(doc, mentions, lex);
    const maxDistance = context.options.maxDistance ?? 2;
    // One finding per variant spelling: a name misspelt the same way thirty times is one mistake.
    const variants = new Map<string, Variant>();
    for (const m of mentions) {
      const words = m.name.split(/[\s\u00a0]+/);
      const fixedWords = words.map((w) => unmixed(w) ?? w);
      const fixed = fixedWords.join(' ');
      if (fixed !== words.join(' ')) {
        // A look-alike letter of another script inside the name.
        const letters = words.flatMap((w) => foreignLetters(w));
        context.report({
          messageId: 'homoglyph',
          data: {
            name: m.name,
            letters: letters
              .map((l) => `«${l}» (U+${l.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
              .join(', '),
            fixed,
          },
          span: m.span,
          fix: {
            title: { id: 'party-name-inconsistent/replace', data: { name: m.name, fixed } },
            edits: [{ ...m.span, text: fixed, expect: m.name }],
          },
        });
        continue;
      }
      const reference = canonicals.find((c) => c.key !== m.key && similar(c.key, m.key, maxDistance));
      if (!reference) continue;
      const key = `${m.key}\u0000${reference.key}`;
      const group = variants.get(key) ?? { reference, uses: [] };
      group.uses.push(m);
      variants.set(key, group);
    }
    for (const group of variants.values()) reportVariant(context, group, mentions, lines);
  },
});

/** One variant spelling of a reference name, with every use of it (in the order of the text). */
interface Variant {
  reference: Canonical;
  uses: PartyMention[];
}

/**
 * When the variant outnumbers the introduced spelling this many times over (and is used at least
 * `DOMINANT_MIN_USES` times), the introduced spelling may be the typo: both directions are offered.
 */
const DOMINANT_RATIO = 2;
const DOMINANT_MIN_USES = 3;

function reportVariant(
  context: RuleContext<Options>,
  { reference, uses }: Variant,
  mentions: readonly PartyMention[],
  lines: LineIndex,
): void {
  const first = uses[0]!;
  const referenceUses = mentions.filter((m) => m.key === reference.key);
  const count = uses.length;
  const data = {
    name: first.name,
    reference: reference.written,
    line: lines.lineOf(reference.at.span.start) + 1,
    count,
    referenceCount: referenceUses.length,
  };
  const replaceUse = (m: PartyMention, text: string): TextEdit => ({
    ...m.span,
    text: inCaseOf(m.name, text),
    expect: m.name,
  });
  const dominant = count >= DOMINANT_MIN_USES && count >= DOMINANT_RATIO * referenceUses.length;
  const related: RelatedLocation[] = [
    {
      span: reference.at.span,
      message: { id: 'party-name-inconsistent/reference', data: { name: reference.written } },
    },
    ...uses.slice(1).map((m) => ({
      span: m.span,
      message: { id: 'party-name-inconsistent/use', data: { name: m.name } },
    })),
  ];
  if (count === 1) {
    context.report({
      messageId: 'variant',
      data,
      span: first.span,
      related,
      fix: {
        title: { id: 'party-name-inconsistent/replace', data: { name: first.name, fixed: reference.written } },
        edits: [replaceUse(first, reference.written)],
      },
    });
    return;
  }
  context.report({
    messageId: dominant ? 'variant-dominant' : 'variant-several',
    data,
    span: first.span,
    related,
    facts: { uses: count, referenceUses: referenceUses.length },
    // Every use at once: fixing them one by one would leave the policy naming two parties meanwhile.
    fix: {
      title: { id: 'party-name-inconsistent/replace-all', data: { ...data, fixed: reference.written } },
      edits: uses.map((m) => replaceUse(m, reference.written)),
    },
    suggest: [
      {
        title: { id: 'party-name-inconsistent/replace-one', data: { name: first.name, fixed: reference.written } },
        edits: [replaceUse(first, reference.written)],
      },
      ...(dominant
        ? [
            {
              title: { id: 'party-name-inconsistent/replace-reference', data },
              edits: referenceUses.map((m) => replaceUse(m, mostFrequent(uses))),
            },
          ]
        : []),
    ],
  });
}

/** The replacement written as the replaced name was: «FINETECH» becomes «FAINTECH», not «Faintech». */
function inCaseOf(original: string, replacement: string): string {
  const upper = original === original.toUpperCase() && original !== original.toLowerCase();
  return upper ? replacement.toUpperCase() : replacement;
}

const MAX_REFERENCES = 40;

interface Canonical {
  key: string;
  /** The spelling to write: the most frequent way the reference name is written. */
  written: string;
  at: PartyMention;
}

/**
 * The spellings other spellings are measured against: first those a definition follows, then the
 * others by frequency; a spelling close to one already taken is a variant of it, not a reference.
 */
function referenceSpellings(
  doc: PolicyDocument,
  mentions: PartyMention[],
  lex: ReturnType<typeof lexicon>,
): Canonical[] {
  const definitions = documentDefinitions(doc, lex);
  const byKey = new Map<string, PartyMention[]>();
  for (const m of mentions) {
    if (m.name.split(/\s+/).some((w) => unmixed(w) !== null)) continue;
    byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  }
  // "X LLP (hereinafter …)": the bracket of a definition follows the name at once.
  const defined = (m: PartyMention): boolean =>
    definitions.some(
      (d) =>
        d.block === m.block &&
        d.span.start > m.span.end &&
        /^[\s\u00a0]*(?:[\p{Lu}.]{2,6}[\s\u00a0]*)?[»”"]?[\s\u00a0]*\($/u.test(
          doc.text.slice(m.span.end, d.span.start).split('(')[0]! + '(',
        ),
    );
  const first = (key: string): number => byKey.get(key)![0]!.span.start;
  // The first name a definition follows, then the others by frequency.
  const keys = [...byKey.keys()].sort((a, b) => {
    const da = byKey.get(a)!.some(defined) ? first(a) : Infinity;
    const db = byKey.get(b)!.some(defined) ? first(b) : Infinity;
    if (da !== db) return da - db;
    return byKey.get(b)!.length - byKey.get(a)!.length || first(a) - first(b);
  });
  const out: Canonical[] = [];
  for (const key of keys) {
    // A policy names a handful of parties: past the first few dozen spellings, comparing every
    // name with every other would cost the square of the names for nothing a reader needs.
    if (out.length >= MAX_REFERENCES) break;
    if (out.some((c) => similar(c.key, key, 2))) continue;
    const list = byKey.get(key)!;
    out.push({ key, written: mostFrequent(list), at: list.find(defined) ?? list[0]! });
  }
  return out;
}

/** The way a name is written most often (the first of equals). */
function mostFrequent(list: readonly PartyMention[]): string {
  const counts = new Map<string, number>();
  for (const m of list) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Two spellings of one name: the same first letter, and a letter or two apart in a long enough name. */
function similar(a: string, b: string, maxDistance: number): boolean {
  if (a === b || a[0] !== b[0]) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  const allowed = Math.min(maxDistance, Math.floor(shorter / 4));
  if (allowed < 1 || Math.abs(a.length - b.length) > allowed) return false;
  // Names of several words differ in one word only: "Kaspi Bank" and "Kaspi Pay" are two companies.
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return false;
  const differing = wa.filter((w, i) => w !== wb[i]);
  if (differing.length !== 1) return false;
  const i = wa.findIndex((w, k) => w !== wb[k]);
  if (wa[i]!.length < 5) return false;
  return editDistance(partyKey(wa[i]!), partyKey(wb[i]!)) <= allowed;
}
