// untranslated-clause: a clause, paragraph, table row or section of one language version with no
// counterpart in another.
// What it checks: each version against the primary, aligned by numbering, section kinds, order
// and shared anchors (see align/). What the primary has and this version lacks is reported here,
// at the place it belongs, pointing at the primary's text, with a suggestion that inserts that
// text marked `<!-- pplint: translate -->`; what only this version has is reported on itself.
// The primary is told only of a clause it lost: one whose number it skips where another version has it.
// Found by numbering or table rows it is an error; by content and order alone, a warning.
// Text that the other version merely splits or merges differently is not reported.
// Legal source: the language versions are one policy (Law of the RK "On Languages", Art. 21;
// Consumer Protection Law, Art. 24): a reader of any version must be told the same.
// Options: none.
import { defineRule, type RuleContext } from './framework.js';
import { pairsAsPrimary, pairsToCheck, type CheckedPair } from '../align/checks.js';
import { lostInPrimary } from '../align/numbering-gaps.js';
import { BY_CONTENT, BY_NUMBER, languageName, nameClause, nameSection, type Named } from '../align/describe.js';
import { insertionEdit, sourceOf } from '../align/insert.js';
import { firstLine, lastLine } from '../align/spans.js';
import type { UnpairedClause, Unpaired } from '../align/types.js';
import type { SectionUnit } from '../align/view.js';
import { shiftedByNumbering } from '../align/renumbered.js';
import type { Block, Section } from '../model/document.js';
import type { Lang, Localized, RelatedLocation, Span, TextEdit } from '../types.js';

/** Something this version lacks, where it belongs: reported alone, or with the others that belong at the same place. */
interface Gap {
  messageId: string;
  severity: 'warning' | undefined;
  name: Named;
  primary: Localized;
  basis: Localized;
  span: Span;
  related: RelatedLocation;
  facts: Record<string, string | number | boolean>;
  insert: TextEdit | null;
}

function reportClause(context: RuleContext, pair: CheckedPair, u: UnpairedClause, gaps: Gap[]): void {
  if (u.whole && numberedInsideNeighbour(u)) return;
  const { primary, own } = pair;
  const severity = u.sure ? undefined : 'warning';
  const basis = u.sure ? BY_NUMBER : BY_CONTENT;
  const blocks = u.segments.flatMap((s) => s.blocks);
  if (u.side === 'b') {
    const name = nameClause(u.clause, u.whole ? undefined : blocks);
    const where = u.before ?? u.after;
    context.report({
      messageId: 'extra',
      severity,
      data: { what: name.what, whatDat: name.whatDat, primary: languageName(primary.lang), basis },
      span: firstLine(blocks[0]!),
      ...(where
        ? {
            related: [
              {
                uri: primary.doc.uri,
                span: firstLine(where.blocks[0]!),
                message: { id: 'untranslated-clause/where-primary', data: { primary: languageName(primary.lang) } },
              },
            ],
          }
        : {}),
    });
    return;
  }
  const name = nameClause(u.clause, u.whole ? undefined : blocks);
  const before: Block | null = u.before ? (u.whole ? u.before.clause.blocks[0]! : u.before.blocks[0]!) : null;
  const after: Block | null = u.after ? (u.whole ? u.after.clause.blocks.at(-1)! : u.after.blocks.at(-1)!) : null;
  const heading = u.within.b.section.heading;
  const anchor = before
    ? { messageId: 'missing-before', span: firstLine(before) }
    : after
      ? { messageId: 'missing-after', span: lastLine(after) }
      : heading
        ? { messageId: 'missing-in-section', span: firstLine(heading) }
        : null;
  if (!anchor) return;
  const edit = insertionEdit(
    own.doc,
    sourceOf(primary.doc, blocks[0]!, blocks.at(-1)!),
    blocks[0]!,
    before ? { before } : { after: after ?? heading },
  );
  gaps.push({
    messageId: anchor.messageId,
    severity,
    name,
    primary: languageName(primary.lang),
    basis,
    span: anchor.span,
    related: {
      uri: primary.doc.uri,
      span: { start: blocks[0]!.start, end: blocks.at(-1)!.end },
      message: { id: 'untranslated-clause/counterpart', data: { primary: languageName(primary.lang) } },
    },
    facts: { counterpartUri: primary.doc.uri, counterpartStart: blocks[0]!.start, basis: u.by },
    insert: edit,
  });
}

function reportSection(context: RuleContext, pair: CheckedPair, u: Unpaired<SectionUnit>, gaps: Gap[]): void {
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
  const anchor = before
    ? { messageId: 'missing-section-before', span: firstLine(before) }
    : after
      ? { messageId: 'missing-section-after', span: lastLine(after) }
      : null;
  if (!anchor) return;
  const last = primary.doc.blocks.filter((b) => b.start < section.span.end && b.type !== 'html').at(-1) ?? opener;
  const edit = insertionEdit(own.doc, sourceOf(primary.doc, opener, last), opener, before ? { before } : { after });
  gaps.push({
    messageId: anchor.messageId,
    severity: undefined,
    name,
    primary: data.primary,
    basis: BY_NUMBER,
    span: anchor.span,
    related: {
      uri: primary.doc.uri,
      span: firstLine(opener),
      message: { id: 'untranslated-clause/counterpart', data: { primary: data.primary } },
    },
    facts: { counterpartUri: primary.doc.uri, counterpartStart: opener.start, basis: u.by },
    insert: edit,
  });
}

/**
 * "4.2. …⏎4.3. …": the other version writes the clause's number at the start of a line inside the
 * clause next to where it belongs (clauses kept as lines of one paragraph): it has the clause, and
 * only the paragraphs differ.
 */
function numberedInsideNeighbour(u: UnpairedClause): boolean {
  const label = u.clause.number?.label;
  if (!label) return false;
  const line = new RegExp(`\\n[ \\t\\u00a0]*${label.replace(/\./g, '\\.')}[.)]?(?=[ \\t\\u00a0\\p{L}])`, 'u');
  return [u.after, u.before].some((s) => s !== null && s.clause.blocks.some((b) => line.test(b.text)));
}

/** A clause only the other version has, seen from the primary: as if the primary were the version lacking it. */
function lostHere(u: UnpairedClause): UnpairedClause {
  return { ...u, side: 'a', within: { a: u.within.b, b: u.within.a, score: u.within.score } };
}

/** Where the texts of a grouped finding belong, as its message says it. */
const WHERE: Record<string, Localized> = {
  'missing-before': { en: 'before this clause', ru: 'перед этим пунктом', kk: 'осы тармақтың алдында' },
  'missing-after': { en: 'after this clause', ru: 'после этого пункта', kk: 'осы тармақтан кейін' },
  'missing-in-section': { en: 'in this section', ru: 'в этом разделе', kk: 'осы бөлімде' },
  'missing-section-before': { en: 'before this section', ru: 'перед этим разделом', kk: 'осы бөлімнің алдында' },
  'missing-section-after': { en: 'after this text', ru: 'после этого текста', kk: 'осы мәтіннен кейін' },
};

/** How many texts a grouped finding names in its message; the related places list them all. */
const NAMED_IN_MESSAGE = 3;

/**
 * One finding per place: a new one-section translation beside a full master lacks a dozen
 * sections that all belong after its last line, and a dozen findings stacked on that line hide
 * the text. Texts that belong at the same place are listed in one finding, each with its related
 * place in the master and its own insertion among the suggestions.
 */
function reportGaps(context: RuleContext, gaps: readonly Gap[]): void {
  const places = new Map<string, Gap[]>();
  for (const gap of gaps) {
    const key = `${gap.messageId}:${gap.span.start}:${gap.span.end}`;
    places.set(key, [...(places.get(key) ?? []), gap]);
  }
  for (const group of places.values()) {
    const first = group[0]!;
    if (group.length === 1) {
      context.report({
        messageId: first.messageId,
        ...(first.severity ? { severity: first.severity } : {}),
        data: { what: first.name.what, whatDat: first.name.whatDat, primary: first.primary, basis: first.basis },
        span: first.span,
        related: [first.related],
        facts: first.facts,
        ...(first.insert
          ? {
              suggest: [
                {
                  title: { id: 'untranslated-clause/insert', data: { primary: first.primary } },
                  edits: [first.insert],
                },
              ],
            }
          : {}),
      });
      continue;
    }
    context.report({
      messageId: 'missing-several',
      // Sure when any of them was found by numbering: the place is then certain.
      ...(group.every((g) => g.severity === 'warning') ? { severity: 'warning' as const } : {}),
      data: {
        count: group.length,
        list: listOf(group.map((g) => g.name.what)),
        primary: first.primary,
        where: WHERE[first.messageId]!,
      },
      span: first.span,
      related: group.map((g) => ({
        ...g.related,
        message: { id: 'untranslated-clause/counterpart-named', data: { what: g.name.what, primary: g.primary } },
      })),
      facts: { ...first.facts, count: group.length },
      suggest: group.flatMap((g) =>
        g.insert
          ? [
              {
                title: { id: 'untranslated-clause/insert-named', data: { what: g.name.what, primary: g.primary } },
                edits: [g.insert],
              },
            ]
          : [],
      ),
    });
  }
}

/** The first names, and how many more («and 9 more»). */
function listOf(names: readonly Localized[]): Localized {
  const shown = names.slice(0, NAMED_IN_MESSAGE);
  const more = names.length - shown.length;
  const join = (lang: Lang, tail: string) => shown.map((n) => n[lang] ?? n.en).join('; ') + (more > 0 ? tail : '');
  return {
    en: join('en', `; and ${more} more`),
    ru: join('ru', `; и ещё ${more}`),
    kk: join('kk', `; және тағы ${more}`),
  };
}

const isText = (b: Block): boolean => b.type === 'paragraph' || b.type === 'tableCell';

// Above the title, one short line with no facts ("(English version below.)", a breadcrumb) is a
// note of the page it was published on, not a clause of the policy.
const PAGE_NOTE_LETTERS = 80;

function isPageNote(section: SectionUnit['section']): boolean {
  const text = section.blocks
    .filter(isText)
    .map((b) => b.text)
    .join(' ');
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
    messages: [
      'missing-before',
      'missing-after',
      'missing-in-section',
      'missing-section-before',
      'missing-section-after',
      'missing-several',
      'extra',
      'extra-section',
      'counterpart',
      'counterpart-named',
      'where-primary',
      'insert',
      'insert-named',
    ],
    scope: 'group',
  },
  check(context) {
    for (const pair of pairsToCheck(context)) {
      const gaps: Gap[] = [];
      for (const u of pair.alignment.unpairedSections) reportSection(context, pair, u, gaps);
      const shifted = shiftedByNumbering(pair.alignment.unpairedClauses);
      for (const u of pair.alignment.unpairedClauses) if (!shifted.has(u)) reportClause(context, pair, u, gaps);
      reportGaps(context, gaps);
    }
    // The master text lost a clause where its numbering skips the very number another version has;
    // told once per clause (from the first version that has it), and softly: which is right is for the lawyer.
    const told = new Set<string>();
    for (const pair of pairsAsPrimary(context)) {
      const swapped: CheckedPair = { primary: pair.own, own: pair.primary, alignment: pair.alignment };
      const gaps: Gap[] = [];
      for (const u of lostInPrimary(pair.alignment)) {
        const key = u.clause.number!.label;
        if (told.has(key)) continue;
        told.add(key);
        reportClause(context, swapped, lostHere(u), gaps);
      }
      reportGaps(
        context,
        gaps.map((g) => ({ ...g, severity: 'warning' as const })),
      );
    }
  },
});
