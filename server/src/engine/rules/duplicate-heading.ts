// duplicate-heading: two sections with the same heading at the same level.
// What it checks: headings (and bold paragraphs used as headings) whose titles are the same,
// ignoring numbering, case and punctuation, under the same parent section; with the option
// `siblingsOnly: false`, anywhere at the same level. Each language version of a file that holds
// several is checked on its own.
// Legal source: none directly; a reader (and a regulator) cannot tell which of two
// "Retention" sections governs, and references to "section «Retention»" become ambiguous.
import { defineRule } from './framework.js';
import { LineIndex } from '../model/lines.js';
import type { Section } from '../model/document.js';
import { foldForMatch } from '../language/normalize.js';

interface Options {
  siblingsOnly: boolean;
}

function titleKey(section: Section): string {
  return foldForMatch(section.title).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
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
        siblingsOnly: { type: 'boolean', default: true, description: 'Compare only headings under the same parent section.' },
      },
    },
    messages: ['duplicate', 'first', 'remove'],
    scope: 'document',
  },
  check(context) {
    const { doc } = context;
    let lines: LineIndex | undefined;
    const seen = new Map<string, Section>();
    for (const section of doc.sections) {
      if (!section.heading) continue;
      const key = titleKey(section);
      if (key === '') continue;
      const part = doc.versions.findIndex((v) => section.heading!.index >= v.firstBlock && section.heading!.index < v.endBlock);
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
        data: { title: section.title, line: (lines ??= new LineIndex(doc.text)).lineOf(first.heading!.start) + 1 },
        span: { start: heading.start, end: heading.end },
        related: [{ span: { start: first.heading!.start, end: first.heading!.end }, message: { id: 'duplicate-heading/first', data: { title: first.title } } }],
        suggest: [{ title: { id: 'duplicate-heading/remove' }, edits: [{ start: heading.start, end: headingEnd, text: '' }] }],
      });
    }
  },
});

/** The offset after the heading's line and the blank lines that follow it. */
function lineAfter(text: string, end: number): number {
  let pos = end;
  while (pos < text.length && text[pos] !== '\n') pos++;
  while (pos < text.length && (text[pos] === '\n' || text[pos] === '\r')) pos++;
  return pos;
}
