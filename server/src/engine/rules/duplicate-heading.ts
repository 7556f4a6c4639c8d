// duplicate-heading: two sections with the same heading at the same level.
// What it checks: headings (and bold paragraphs used as headings) whose titles are the same,
// ignoring numbering, case and punctuation, under the same parent section; with the option
// `siblingsOnly: false`, anywhere at the same level. Each language version of a file that holds
// several is checked on its own.
// Suggestions: rename the second heading, its title put in brackets and selected to type over
// (with the title the other language versions give that section, when they give it another one);
// delete the heading and join the section to the one before only when nothing stands under it,
// since joining text would put it under a heading that is not about it.
// Legal source: none directly; a reader (and a regulator) cannot tell which of two
// "Retention" sections governs, and references to "section «Retention»" become ambiguous.
import { defineRule } from './framework.js';
import { documentLines } from '../model/lines.js';
import type { Section } from '../model/document.js';
import { foldForMatch } from '../language/normalize.js';
import { counterpartsAt } from '../align/counterpart.js';
import { groupForDocument } from '../align/checks.js';
import { languageName } from '../align/describe.js';
import type { FixProposal } from '../types.js';
import type { RuleContext } from './framework.js';

interface Options {
  siblingsOnly: boolean;
}

function titleKey(section: Section): string {
  return foldForMatch(section.title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export default defineRule<Options>({
  id: 'duplicate-heading',
  meta: {
    docs: {
      description: {
        en: 'Two sections with the same heading at the same level.',
        ru: 'Два раздела с одинаковым заголовком на одном уровне.',
        kk: 'Бір деңгейде атаулары бірдей екі бөлім.',
      },
    },
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        siblingsOnly: {
          type: 'boolean',
          default: true,
          description: 'Compare only headings under the same parent section.',
        },
      },
    },
    messages: ['duplicate', 'first', 'remove', 'rename', 'rename-as'],
    scope: 'document',
  },
  check(context) {
    const { doc } = context;
    const seen = new Map<string, Section>();
    for (const section of doc.sections) {
      if (!section.heading) continue;
      const key = titleKey(section);
      if (key === '') continue;
      const part = doc.versions.findIndex(
        (v) => section.heading!.index >= v.firstBlock && section.heading!.index < v.endBlock,
      );
      const scope = context.options.siblingsOnly ? `parent:${section.parent?.index ?? -1}` : `level:${section.level}`;
      const id = `${part}|${scope}|${section.level}|${key}`;
      const first = seen.get(id);
      if (!first) {
        seen.set(id, section);
        continue;
      }
      const heading = section.heading;
      const headingEnd = Math.min(doc.text.length, lineAfter(doc.text, heading.end));
      context.report({
        messageId: 'duplicate',
        data: { title: section.title, line: documentLines(doc).lineOf(first.heading!.start) + 1 },
        span: { start: heading.start, end: heading.end },
        related: [
          {
            span: { start: first.heading!.start, end: first.heading!.end },
            message: { id: 'duplicate-heading/first', data: { title: first.title } },
          },
        ],
        suggest: [
          ...renames(context, first, section),
          ...(isEmpty(section)
            ? [
                {
                  title: { id: 'duplicate-heading/remove' },
                  edits: [{ start: heading.start, end: headingEnd, text: '' }],
                },
              ]
            : []),
        ],
      });
    }
  },
});

/** Nothing but blank lines and comments under the heading, and no subsections. */
function isEmpty(section: Section): boolean {
  return (
    section.children.length === 0 &&
    section.blocks.every((b) => b === section.heading || b.type === 'html' || b.text.trim() === '')
  );
}

/** The title other language versions give the section at this heading, by language; none when they repeat the first's. */
function otherTitles(
  context: RuleContext<Options>,
  first: Section,
  second: Section,
): Array<{ lang: string | null; title: string }> {
  const group = groupForDocument(context.doc, context.group, context.config);
  if (!group) return [];
  const titleOf = (s: Section | null): string | null => (s?.heading ? s.title.trim() : null);
  const before = new Map(
    counterpartsAt(group, context.doc, first.heading!.start).map((c) => [
      `${c.uri}#${c.member.part}`,
      titleOf(c.section),
    ]),
  );
  const out: Array<{ lang: string | null; title: string }> = [];
  for (const c of counterpartsAt(group, context.doc, second.heading!.start)) {
    const title = titleOf(c.section);
    if (!title || !c.exact || c.section === null || title === before.get(`${c.uri}#${c.member.part}`)) continue;
    if (!out.some((o) => o.title === title)) out.push({ lang: c.member.lang, title });
  }
  return out;
}

/**
 * Renames: the title replaced by a bracketed blank (the other versions' title for the section, or
 * the title itself) and selected, so that the lawyer types the new title over it.
 */
function renames(context: RuleContext<Options>, first: Section, second: Section): FixProposal[] {
  const heading = second.heading!;
  const at = heading.sourceSpan(heading.text.length - second.title.length, heading.text.length);
  if (context.doc.text.slice(at.start, at.end) !== second.title) return [];
  const proposal = (title: FixProposal['title'], words: string): FixProposal => {
    const text = `[${words}]`;
    return { title, edits: [{ start: at.start, end: at.end, text }], select: { start: 0, end: text.length } };
  };
  const others = otherTitles(context, first, second);
  if (others.length > 0)
    return others
      .slice(0, 2)
      .map((o) =>
        proposal(
          { id: 'duplicate-heading/rename-as', data: { language: languageName(o.lang), title: o.title } },
          o.title,
        ),
      );
  return [proposal({ id: 'duplicate-heading/rename' }, second.title)];
}

/** The offset after the heading's line and the blank lines that follow it. */
function lineAfter(text: string, end: number): number {
  let pos = end;
  while (pos < text.length && text[pos] !== '\n') pos++;
  while (pos < text.length && (text[pos] === '\n' || text[pos] === '\r')) pos++;
  return pos;
}
