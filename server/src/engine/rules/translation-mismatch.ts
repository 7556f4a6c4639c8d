// translation-mismatch: facts that differ between aligned clauses of two language versions.
// What it checks: each version against the primary, clause by clause as the alignment pairs
// them, and heading by heading: numbers, periods, dates, e-mail addresses, phone numbers, web
// addresses, law citations and names in Latin letters. Facts are compared by meaning, so the same
// fact written differently ("5 лет" and "five (5) years", «№ 94-V» and "No. 94-V",
// "+7 701 540 18 02" and "8 (701) 540-18-02") is never reported. A fact that differs is an error
// with a fix that writes the primary's value; a contact or citation that one version gives and
// the other gives nowhere is a warning. Addresses that name different streets are shown as their
// two parts (a warning), and a sentence one version of a paragraph adds or drops is a warning
// (align/sentence-drift.ts: by sentence lengths, only where they leave no doubt). Numbering that
// differs while the text pairs (a skipped clause number, a heading that lost its number) is told
// in whichever version has it, the primary too (align/numbering-gaps.ts, heading-numbers.ts).
// Legal source: the language versions are one policy (Law of the RK "On Languages", Art. 21); a
// data subject must get the same contacts and periods in any language (Law 94-V, Art. 24).
// Options: none.
import { defineRule, type RuleContext } from './framework.js';
import { pairsAsPrimary, pairsToCheck, type CheckedPair } from '../align/checks.js';
import { numberingSkips } from '../align/numbering-gaps.js';
import { lostHeadingNumbers } from '../align/heading-numbers.js';
import { homePageOfSameSite, type FactRef } from '../align/compare.js';
import { sectionMismatches } from '../align/mismatches.js';
import type { SectionLink } from '../align/types.js';
import { rewriteFact } from '../align/fact-fix.js';
import { languageName, quote } from '../align/describe.js';
import { firstLine } from '../align/spans.js';
import { paragraphRatio, sentenceDrift } from '../align/sentence-drift.js';
import { mergeBags, sharedAnchors } from '../align/score.js';
import { versionView } from '../align/view.js';
import type { Lang, Localized } from '../types.js';
import type { FactType } from '../extract/anchors.js';
import { wordsAgainstDigits, type SelfContradiction } from '../align/words-and-digits.js';
import type { Block } from '../model/document.js';
import { configuredLexicon } from '../extract/retention/index.js';
import { memoKind, recall, remember } from '../parse/memo.js';

const SELF = memoKind('translation-mismatch/self');

const PROSE = new Set(['heading', 'paragraph', 'tableCell']);

/** A block's numbers in words that its figures in brackets contradict (cached with the block). */
function contradictions(block: Block): SelfContradiction[] {
  return recall<SelfContradiction[]>(block.core, SELF) ?? remember(block.core, SELF, wordsAgainstDigits(block.text));
}

const KINDS: Record<FactType, Localized> = {
  date: { en: 'date', ru: 'дата', kk: 'күні' },
  period: { en: 'period', ru: 'срок', kk: 'мерзім' },
  phone: { en: 'phone number', ru: 'номер телефона', kk: 'телефон нөмірі' },
  email: { en: 'e-mail address', ru: 'адрес электронной почты', kk: 'электрондық пошта мекенжайы' },
  url: { en: 'web address', ru: 'адрес сайта', kk: 'сайт мекенжайы' },
  citation: { en: 'citation', ru: 'номер правового акта', kk: 'құқықтық акт нөмірі' },
  number: { en: 'number', ru: 'число', kk: 'сан' },
  name: { en: 'name', ru: 'наименование', kk: 'атау' },
  address: { en: 'address', ru: 'адрес', kk: 'мекенжай' },
};

// A link is named by where it points: its words are no fact.
const text = (r: FactRef): string => r.fact.target ?? r.block.text.slice(r.fact.start, r.fact.end);
const span = (r: FactRef) => r.block.sourceSpan(r.fact.start, r.fact.end);

function report(context: RuleContext, pair: CheckedPair, link: SectionLink): void {
  const { primary, own, alignment } = pair;
  const result = sectionMismatches(alignment, link, {
    a: versionView(primary).factKeys,
    b: versionView(own).factKeys,
    latinB: versionView(own).latinWords,
  });
  const primaryName = languageName(primary.lang);
  for (const d of result.differs) {
    const value = text(d.b);
    const other = text(d.a);
    const replacement = d.sure
      ? rewriteFact(d.b, d.a, own.lang as Lang | null, configuredLexicon(context.config))
      : null;
    const homePage = homePageOfSameSite(d.a.fact, d.b.fact);
    context.report({
      messageId: homePage ? 'differs-home-page' : 'differs',
      // Where a link points is not read by anyone, so a changed target is a warning; one that
      // leads to the home page of the same site still reaches the organisation, so information.
      severity: homePage
        ? 'info'
        : d.sure && d.type !== 'name' && !d.a.fact.link && !d.b.fact.link
          ? undefined
          : 'warning',
      data: {
        kind: KINDS[d.type],
        value,
        other,
        primary: primaryName,
        ...(homePage ? { home: homePage === 'a' ? other : value } : {}),
      },
      span: span(d.b),
      related: [
        {
          uri: primary.doc.uri,
          span: span(d.a),
          message: { id: 'translation-mismatch/primary-value', data: { other, primary: primaryName } },
        },
      ],
      facts: { fact: d.type },
      ...(replacement !== null && replacement !== value
        ? {
            fix: {
              title: {
                id: 'translation-mismatch/use-primary',
                data: { value, other: replacement, primary: primaryName },
              },
              edits: [{ ...span(d.b), text: replacement, expect: value }],
            },
          }
        : {}),
    });
  }
  for (const r of result.onlyA) {
    const anchor = result.anchorOf(r);
    if (!anchor) continue;
    context.report({
      messageId: 'missing',
      severity: 'warning',
      data: { kind: KINDS[r.fact.type], other: text(r), primary: primaryName },
      span: firstLine(anchor),
      related: [
        {
          uri: primary.doc.uri,
          span: span(r),
          message: { id: 'translation-mismatch/primary-value', data: { other: text(r), primary: primaryName } },
        },
      ],
      facts: { fact: r.fact.type },
    });
  }
  for (const r of result.onlyB) {
    context.report({
      messageId: 'extra',
      severity: 'warning',
      data: { kind: KINDS[r.fact.type], value: text(r), primary: primaryName },
      span: span(r),
      facts: { fact: r.fact.type },
    });
  }
}

/** Sentences one version of a paragraph has and the other lacks (both read, so lengths compare). */
function reportSentences(context: RuleContext, pair: CheckedPair, link: SectionLink): void {
  const { primary, own, alignment } = pair;
  if (primary.lang === null || own.lang === null) return;
  const primaryName = languageName(primary.lang);
  const ratio = paragraphRatio(alignment);
  for (const segments of alignment.segmentsIn(link)) {
    // Sections paired only for standing at one place: their paragraphs must share anchors.
    const loose = link.score <= 0 && segments.by === 'content';
    if (loose && sharedAnchors(mergeBags(segments.a), mergeBags(segments.b)) === 0) continue;
    for (const d of sentenceDrift(segments, ratio)) {
      const sentence = d.block.text.slice(d.start, d.end);
      if (d.side === 'b') {
        context.report({
          messageId: 'sentence-extra',
          severity: 'warning',
          data: { primary: primaryName },
          span: d.block.sourceSpan(d.start, d.end),
          related: [
            {
              uri: primary.doc.uri,
              span: firstLine(segments.a[0]!.blocks[0]!),
              message: { id: 'translation-mismatch/primary-paragraph', data: { primary: primaryName } },
            },
          ],
          facts: { fact: 'sentence' },
        });
        continue;
      }
      context.report({
        messageId: 'sentence-missing',
        severity: 'warning',
        data: { primary: primaryName, sentence: quote(sentence) },
        span: firstLine(segments.b[0]!.blocks[0]!),
        related: [
          {
            uri: primary.doc.uri,
            span: d.block.sourceSpan(d.start, d.end),
            message: {
              id: 'translation-mismatch/primary-value',
              data: { other: quote(sentence), primary: primaryName },
            },
          },
        ],
        facts: { fact: 'sentence' },
      });
    }
  }
}

/**
 * Numbering of the linted side (`b`, or `a` where the linted document is the primary) that differs
 * from the other version's while the text pairs: clause numbers that skip one where the other
 * version numbers the same clauses in sequence (told softly: no fact changed), and a heading that
 * lost or changed the number the other version gives it. A reference to those clauses may point at the wrong one.
 */
function reportNumbering(context: RuleContext, pair: CheckedPair, side: 'a' | 'b'): void {
  const other = languageName((side === 'b' ? pair.primary : pair.own).lang);
  for (const s of numberingSkips(pair.alignment)) {
    if (s.side !== side) continue;
    const first = s.clause.blocks[0]!;
    context.report({
      messageId: 'numbering-skips',
      severity: 'info',
      data: { label: s.clause.number!.label, previous: s.previous, missing: s.missing, other },
      span: first.number ? first.sourceSpan(0, first.number.textEnd) : firstLine(first),
      facts: { fact: 'numbering' },
    });
  }
  for (const h of lostHeadingNumbers(pair.alignment)) {
    if (h.side !== side || !h.section.heading) continue;
    context.report({
      messageId: h.own === null ? 'heading-number-lost' : 'heading-number-differs',
      severity: 'warning',
      data: { label: h.label, other, own: h.own ?? '' },
      span: firstLine(h.section.heading),
      facts: { fact: 'numbering' },
    });
  }
}

export default defineRule<Record<string, unknown>>({
  id: 'translation-mismatch',
  meta: {
    docs: {
      description: {
        en: 'Numbers, periods, dates, e-mails, phones, web addresses or citations differ between aligned clauses of two language versions.',
        ru: 'Числа, сроки, даты, адреса электронной почты, телефоны, адреса сайтов или ссылки на акты различаются в соответствующих пунктах языковых версий.',
        kk: 'Тілдік нұсқалардың сәйкес тармақтарында сандар, мерзімдер, күндер, электрондық пошта, телефондар, сайт мекенжайлары немесе актілерге сілтемелер әртүрлі.',
      },
      legal: ['Law of the RK "On Languages", Art. 21', 'Law 94-V, Art. 24'],
    },
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: false,
    messages: [
      'differs',
      'differs-home-page',
      'missing',
      'extra',
      'primary-value',
      'use-primary',
      'self-differs',
      'sentence-extra',
      'sentence-missing',
      'primary-paragraph',
      'numbering-skips',
      'heading-number-lost',
      'heading-number-differs',
    ],
    scope: 'group',
  },
  check(context) {
    for (const pair of pairsToCheck(context))
      for (const link of pair.alignment.sections) {
        report(context, pair, link);
        reportSentences(context, pair, link);
      }
    for (const pair of pairsToCheck(context)) reportNumbering(context, pair, 'b');
    for (const pair of pairsAsPrimary(context)) reportNumbering(context, pair, 'a');
    // Every version, the primary too, must agree with itself before it can agree with another.
    for (const block of context.doc.blocks) {
      if (!PROSE.has(block.type)) continue;
      for (const c of contradictions(block)) {
        context.report({
          messageId: 'self-differs',
          severity: 'warning',
          data: { words: block.text.slice(c.words.start, c.words.end), value: c.value, written: c.written },
          span: block.sourceSpan(c.digits.start, c.digits.end),
          facts: { fact: 'number' },
        });
      }
    }
  },
});
