// broken-reference: a reference to a section, clause, annex or detail that this document lacks.
// What it checks: "clause 4.7", «пункт 6.3», «3-тармақ», "Section B", "Annex No. 2" with no such
// clause, section or annex; a section named by its title («в разделе «Контакты»») that no heading
// has, or that holds none of the contact details the sentence sends the reader to; "the address
// above" with no address above; a policy calling itself a law («настоящего Федерального закона»,
// copied from a statute); and transfer mechanisms that no longer exist (the EU-US Privacy Shield).
// References to laws and other documents ("clause 1 of Article 8 of the Law") are left alone.
// Legal source: a policy must be intelligible and accessible (GDPR Art. 12(1); Law 94-V, Art. 8);
// a reference to nothing leaves the reader without the rule it promises.
// Options: none.
import { defineRule, type RuleContext } from './framework.js';
import { documentReferenceSteps, numberingIsRead, type Reference } from '../extract/references.js';
import { stepEnds, type Steps } from '../extract/steps.js';
import { blockFacts } from '../extract/requirements/facts.js';
import { lexicon, type Lexicon } from '../extract/vocabulary/lexicon.js';
import { unreadLanguage } from '../language/codes.js';
import { splitWords } from '../extract/vocabulary/phrases.js';
import { CATALOGUES } from '../i18n/render.js';
import type { Block, PolicyDocument, Section } from '../model/document.js';
import type { Localized } from '../types.js';
import { isProse } from '../parse/blocks.js';

export default defineRule<Record<string, unknown>>({
  id: 'broken-reference',
  meta: {
    docs: {
      description: {
        en: 'A reference to a section, clause, annex or detail that the document does not contain.',
        ru: 'Ссылка на раздел, пункт, приложение или сведения, которых в документе нет.',
        kk: 'Құжатта жоқ бөлімге, тармаққа, қосымшаға немесе мәліметке сілтеме.',
      },
      legal: ['GDPR Art. 12(1)', 'Law 94-V, Art. 8'],
    },
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    messages: [
      'missing-clause',
      'missing-annex',
      'missing-title',
      'empty-contacts',
      'self-law',
      'nothing-above',
      'withdrawn',
      'target',
      'similar-heading',
    ],
    scope: 'document',
  },
  *check(context) {
    const { doc } = context;
    const lex = lexicon(context.config.vocabulary as Record<string, unknown> | undefined);
    yield* withdrawnInstruments(context, lex);
    // The rest reads English, Russian and Kazakh wording.
    if (unreadLanguage(doc) !== null || doc.language === null) return;
    const numbered = numberingIsRead(doc);
    for (const r of yield* documentReferenceSteps(doc, lex)) {
      const text = doc.text.slice(r.span.start, r.span.end);
      if (r.kind === 'clause' && r.target === null) {
        if (!numbered && /^\d/.test(r.label)) continue;
        context.report({ messageId: 'missing-clause', data: { what: r.word, label: r.label, text }, span: r.span });
      } else if (r.kind === 'annex' && r.target === null) {
        context.report({ messageId: 'missing-annex', data: { what: r.word, label: r.label, text }, span: r.span });
      } else if (r.kind === 'title') {
        titleReference(context, r, lex);
      }
    }
    for (const block of doc.blocks) {
      if (stepEnds(block.index)) yield;
      if (block.type !== 'paragraph' && block.type !== 'tableCell') continue;
      for (const m of lex.find('self-law', block.text)) {
        context.report({
          messageId: 'self-law',
          data: { text: block.text.slice(m.start, m.end) },
          span: block.sourceSpan(m.start, m.end),
        });
      }
    }
    yield* nothingAbove(context, lex);
  },
});

function contactWords(kind: 'address' | 'email'): Localized {
  const id = `contact/${kind}`;
  return { en: CATALOGUES.en[id]!, ru: CATALOGUES.ru[id]!, kk: CATALOGUES.kk[id]! };
}

/** A section named by its title: it must exist, and hold the contact details the sentence promises. */
function titleReference(context: RuleContext, r: Reference, lex: Lexicon): void {
  if (r.label.split(/\s+/).length > 5) return;
  if (r.section === null) {
    // A quoted name may be a part of the website or the app ("the «Advanced settings» section"):
    // report only a reference that says it is to this document, or that is near a real heading.
    const near = nearestHeading(context.doc, r.label);
    if (!near && !pointsAtThisDocument(r, lex)) return;
    context.report({
      messageId: 'missing-title',
      data: { title: r.label },
      span: r.span,
      ...(near
        ? {
            related: [
              {
                span: { start: near.heading!.start, end: near.heading!.end },
                message: { id: 'broken-reference/similar-heading' },
              },
            ],
          }
        : {}),
    });
    return;
  }
  if (!lex.test('reference-contact-details', r.block.text.replace(r.label, ''))) return;
  if (sectionHasContacts(r.section, lex)) return;
  context.report({
    messageId: 'empty-contacts',
    data: { title: r.section.title },
    span: r.span,
    related: [
      {
        span: { start: r.section.heading!.start, end: r.section.heading!.end },
        // Named in the reviewer's language: the draft's word («разделе») is inflected in the draft's.
        message: { id: 'broken-reference/target' },
      },
    ],
  });
}

const WEB = /https?:\/\/|www\.|\b[\p{L}\d-]+\.(?:kz|ru|com|org|net|uz|io|ai|app)\b/u;

function sectionHasContacts(section: Section, lex: Lexicon): boolean {
  return subtreeBlocks(section).some(
    (b) =>
      WEB.test(b.text) ||
      blockFacts(b, lex).some((f) => f.kind === 'email' || f.kind === 'phone' || f.kind === 'postal-address'),
  );
}

function subtreeBlocks(section: Section): Block[] {
  return [...section.blocks, ...section.children.flatMap(subtreeBlocks)];
}

/** "at the company address above" with no address anywhere before it. */
function* nothingAbove(context: RuleContext, lex: Lexicon): Steps<void> {
  const { doc } = context;
  const seen = { address: false, email: false };
  for (const block of doc.blocks) {
    if (stepEnds(block.index)) yield;
    if (!isProse(block)) continue;
    const facts = blockFacts(block, lex);
    for (const [family, kind] of [
      ['reference-address-above', 'address'],
      ['reference-email-above', 'email'],
    ] as const) {
      for (const m of lex.find(family, block.text)) {
        const before = facts.some(
          (f) => f.start < m.start && (kind === 'email' ? f.kind === 'email' : f.kind === 'postal-address'),
        );
        if (seen[kind] || before) continue;
        context.report({
          messageId: 'nothing-above',
          data: { text: block.text.slice(m.start, m.end), what: contactWords(kind) },
          span: block.sourceSpan(m.start, m.end),
        });
      }
    }
    if (facts.some((f) => f.kind === 'postal-address')) seen.address = true;
    if (facts.some((f) => f.kind === 'email')) seen.email = true;
  }
}

/** The EU-US Privacy Shield or Safe Harbor relied on, not mentioned as history. */
function* withdrawnInstruments(context: RuleContext, lex: Lexicon): Steps<void> {
  for (const block of context.doc.blocks) {
    if (stepEnds(block.index)) yield;
    if (block.type !== 'paragraph' && block.type !== 'tableCell' && block.type !== 'heading') continue;
    const found = lex.find('withdrawn-instrument', block.text);
    if (found.length === 0 || lex.test('withdrawn-instrument-history', block.text)) continue;
    // One finding per block: "EU-US Privacy Shield" and "Privacy Shield" are one mention.
    const first = found.sort((a, b) => a.start - b.start || b.end - a.end)[0]!;
    context.report({
      messageId: 'withdrawn',
      data: { text: block.text.slice(first.start, first.end) },
      span: block.sourceSpan(first.start, first.end),
    });
  }
}

/** A heading that shares most of the quoted title's words: the reference was meant for it. */
function nearestHeading(doc: PolicyDocument, title: string): Section | null {
  const wanted = new Set(splitWords(title).words.filter((w) => w.length >= 4));
  if (wanted.size === 0) return null;
  // A policy has a few dozen headings; the scan stops early on a document made of headings.
  for (const section of doc.sections.slice(0, 200)) {
    if (!section.heading) continue;
    const words = splitWords(section.title).words.filter((w) => w.length >= 4);
    const shared = words.filter((w) => wanted.has(w)).length;
    if (shared >= Math.min(2, wanted.size) && shared * 2 >= Math.max(wanted.size, words.length)) return section;
  }
  return null;
}

/** "the «Contacts» section of this Policy", «раздел «Контакты» настоящей Политики»: said to be here. */
function pointsAtThisDocument(r: Reference, lex: Lexicon): boolean {
  const text = r.block.text;
  const types = lex.find('document-type', text);
  return lex.find('self-marker', text).some((m) => {
    const at = r.block.sourceSpan(m.start, m.end).start;
    return at >= r.span.end && at - r.span.end < 20 && types.some((t) => t.firstWord === m.lastWord + 1);
  });
}
