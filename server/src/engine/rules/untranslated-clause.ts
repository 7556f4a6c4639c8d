// untranslated-clause: a clause, paragraph, table row or section of one language version with no
// counterpart in another.
// What it checks: each version against the primary, aligned by numbering, section kinds, order
// and shared anchors (see align/). What the primary has and this version lacks is reported here,
// at the place it belongs, pointing at the primary's text, with a suggestion that inserts that
// text marked `<!-- pplint: translate -->`; what only this version has is reported on itself.
// Found by numbering or table rows it is an error; by content and order alone, a warning.
// Text that the other version merely splits or merges differently is not reported.
// Legal source: the language versions are one policy (Law of the RK "On Languages", Art. 21;
// Consumer Protection Law, Art. 24): a reader of any version must be told the same.
// Options: none.
import { defineRule, type RuleContext } from './framework.js';
import { pairsToCheck, type CheckedPair } from '../align/checks.js';
import { BY_CONTENT, BY_NUMBER, languageName, nameClause, nameSection } from '../align/describe.js';
import { insertionEdit, sourceOf } from '../align/insert.js';
import { firstLine, lastLine } from '../align/spans.js';
import type { UnpairedClause, Unpaired } from '../align/types.js';
import type { SectionUnit } from '../align/view.js';
import type { Block, Section } from '../model/document.js';

function reportClause(context: RuleContext, pair: CheckedPair, u: UnpairedClause): void {
  const { primary, own } = pair;
  const severity = u.sure ? undefined : 'warning';
  const basis = u.sure ? BY_NUMBER : BY_CONTENT;
  const blocks = u.segments.flatMap((s) => s.blocks);
  if (u.side === 'b') {
    const name = nameClause(u.clause, u.whole ? undefined : blocks);
    const where = u.before ?? u.after;
    context.report({
      messageId: 'extra', severity,
      data: { what: name.what, whatDat: name.whatDat, primary: languageName(primary.lang), basis },
      span: firstLine(blocks[0]!),
      ...(where ? { related: [{ uri: primary.doc.uri, span: firstLine(where.blocks[0]!), message: { id: 'untranslated-clause/where-primary', data: { primary: languageName(primary.lang) } } }] } : {}),
    });
    return;
  }
  const name = nameClause(u.clause, u.whole ? undefined : blocks);
  const before: Block | null = u.before ? (u.whole ? u.before.clause.blocks[0]! : u.before.blocks[0]!) : null;
  const after: Block | null = u.after ? (u.whole ? u.after.clause.blocks.at(-1)! : u.after.blocks.at(-1)!) : null;
  const heading = u.within.b.section.heading;
  const anchor = before ? { messageId: 'missing-before', span: firstLine(before) } : after ? { messageId: 'missing-after', span: lastLine(after) } : heading ? { messageId: 'missing-in-section', span: firstLine(heading) } : null;
  if (!anchor) return;
  const edit = insertionEdit(own.doc, sourceOf(primary.doc, blocks[0]!, blocks.at(-1)!), blocks[0]!, before ? { before } : { after: after ?? heading });
  context.report({
    messageId: anchor.messageId, severity,
    data: { what: name.what, whatDat: name.whatDat, primary: languageName(primary.lang), basis },
    span: anchor.span,
    related: [{ uri: primary.doc.uri, span: { start: blocks[0]!.start, end: blocks.at(-1)!.end }, message: { id: 'untranslated-clause/counterpart', data: { primary: languageName(primary.lang) } } }],
    facts: { counterpartUri: primary.doc.uri, counterpartStart: blocks[0]!.start, basis: u.by },
    ...(edit ? { suggest: [{ title: { id: 'untranslated-clause/insert', data: { primary: languageName(primary.lang) } }, edits: [edit] }] } : {}),
  });
}

function reportSection(context: RuleContext, pair: CheckedPair, u: Unpaired<SectionUnit>): void {
  const { primary, own } = pair;
  const section = u.item.section;
  const name = nameSection(section);
  const data = { what: name.what, whatDat: name.whatDat, primary: languageName(primary.lang), basis: BY_NUMBER };
  const opener = section.heading ?? section.blocks.find(isText);
  if (!opener) return;
  if (!section.heading && isPageNote(section)) return;
  if (u.side === 'b') {
    context.report({ messageId: 'extra-section', data, span: firstLine(opener) });
    return;
  }
  const before = u.before?.section.heading ?? null;
  const after = u.after ? lastBlockOf(u.after) : null;
  const anchor = before ? { messageId: 'missing-section-before', span: firstLine(before) } : after ? { messageId: 'missing-section-after', span: lastLine(after) } : null;
  if (!anchor) return;
  const last = primary.doc.blocks.filter((b) => b.start < section.span.end && b.type !== 'html').at(-1) ?? opener;
  const edit = insertionEdit(own.doc, sourceOf(primary.doc, opener, last), opener, before ? { before } : { after });
  context.report({
    messageId: anchor.messageId, data, span: anchor.span,
    related: [{ uri: primary.doc.uri, span: firstLine(opener), message: { id: 'untranslated-clause/counterpart', data: { primary: languageName(primary.lang) } } }],
    facts: { counterpartUri: primary.doc.uri, counterpartStart: opener.start, basis: u.by },
    ...(edit ? { suggest: [{ title: { id: 'untranslated-clause/insert', data: { primary: languageName(primary.lang) } }, edits: [edit] }] } : {}),
  });
}

const isText = (b: Block): boolean => b.type === 'paragraph' || b.type === 'tableCell';

// Above the title, one short line with no facts ("(English version below.)", a breadcrumb) is a
// note of the page it was published on, not a clause of the policy.
const PAGE_NOTE_LETTERS = 80;

function isPageNote(section: SectionUnit['section']): boolean {
  const text = section.blocks.filter(isText).map((b) => b.text).join(' ');
  return text.length <= PAGE_NOTE_LETTERS && !/[\d@]|https?:|www\./u.test(text);
}

/** The last block of a section and of everything under it (where a section inserted after it goes). */
function lastBlockOf(unit: SectionUnit): Block | null {
  let last: Block | null = null;
  const visit = (s: Section): void => {
    for (const b of s.blocks) if (b.type !== 'html' && (!last || b.index > last.index)) last = b;
    for (const c of s.children) visit(c);
  };
  visit(unit.section);
  return last;
}

export default defineRule<Record<string, unknown>>({
  id: 'untranslated-clause',
  meta: {
    docs: {
      description: {
        en: 'A clause, paragraph, table row or section of one language version with no counterpart in another.',
        ru: 'Пункт, абзац, строка таблицы или раздел одной языковой версии, которому нет соответствия в другой.',
        kk: 'Бір тілдік нұсқадағы басқа нұсқада сәйкесі жоқ тармақ, абзац, кесте жолы немесе бөлім.',
      },
      legal: ['Law of the RK "On Languages", Art. 21', 'Consumer Protection Law of the RK, Art. 24'],
    },
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    messages: ['missing-before', 'missing-after', 'missing-in-section', 'missing-section-before', 'missing-section-after', 'extra', 'extra-section', 'counterpart', 'where-primary', 'insert'],
    scope: 'group',
  },
  check(context) {
    for (const pair of pairsToCheck(context)) {
      for (const u of pair.alignment.unpairedSections) reportSection(context, pair, u);
      for (const u of pair.alignment.unpairedClauses) reportClause(context, pair, u);
    }
  },
});
