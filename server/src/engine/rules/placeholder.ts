// placeholder: unfilled template text left in a draft.
// What it checks: bracketed blanks ("[Company name]", "[●]"), drafting notes (TODO, TBD,
// УТОЧНИТЬ), runs of underscores, template variables ("{{company}}"), and sentences that promise
// contact details and stop ("by phone at the email").
// Legal source: a published policy must identify the operator and how to reach it (Law 94-V
// Art. 8 p.4 sub-para 1; GDPR Art. 13(1)(a)); a blank in its place is no statement at all.
// Options: `values` maps the text of a blank to what fills it ({"Company name": "Dala Pay LLP"});
// a blank with a value gets a fix that fills it in.
import { defineRule } from './framework.js';
import { documentPlaceholders, type ContactKind, type PlaceholderKind } from '../extract/placeholders.js';
import { CATALOGUES } from '../i18n/render.js';
import type { Localized } from '../types.js';
import { unreadLanguage } from '../language/codes.js';

interface Options {
  values: Record<string, string>;
}

function contactWords(kind: ContactKind): Localized {
  const id = `contact/${kind}`;
  return { en: CATALOGUES.en[id]!, ru: CATALOGUES.ru[id]!, kk: CATALOGUES.kk[id]! };
}

export default defineRule<Options>({
  id: 'placeholder',
  meta: {
    docs: {
      description: {
        en: 'Unfilled template text: [brackets], TODO, ___, {{variables}}, empty contact details.',
        ru: 'Незаполненный текст шаблона: [скобки], TODO, ___, {{переменные}}, пустые контакты.',
        kk: 'Үлгінің толтырылмаған мәтіні: [жақшалар], TODO, ___, {{айнымалылар}}, бос байланыс деректері.',
      },
      legal: ['Law 94-V, Art. 8 p.4 sub-para 1', 'GDPR Art. 13(1)(a)'],
    },
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: false,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        values: { type: 'object', additionalProperties: { type: 'string' }, default: {}, description: 'Text of a blank → the value that fills it.' },
      },
    },
    messages: ['bracketed', 'marker', 'blank', 'template-variable', 'empty-contact', 'fill', 'template-word', 'instruction', 'example-domain', 'dummy-phone', 'pipeline-token', 'empty-label'],
    scope: 'document',
    reach: 'block',
  },
  check(context) {
    const values = new Map(Object.entries(context.options.values ?? {}).map(([k, v]) => [k.trim().toLowerCase(), v]));
    // Empty contacts are found by English, Russian and Kazakh wording: not in a language pplint does not read.
    const unread = unreadLanguage(context.doc) !== null;
    for (const { block, placeholder } of documentPlaceholders(context.doc)) {
      if (unread && WORDED.has(placeholder.kind)) continue;
      const span = block.sourceSpan(placeholder.start, placeholder.end);
      const value = placeholder.inner !== undefined ? values.get(placeholder.inner.toLowerCase()) : undefined;
      context.report({
        messageId: placeholder.kind,
        data: placeholder.kind === 'empty-contact' ? { contact: contactWords(placeholder.contact ?? 'any') } : { text: quoted(placeholder.text) },
        span,
        ...(value !== undefined
          ? { fix: { title: { id: 'placeholder/fill', data: { text: placeholder.text, value } }, edits: [{ ...span, text: value, expect: placeholder.text }] } }
          : {}),
      });
    }
  },
});

/** A long note is quoted by its beginning, so that the message stays readable. */
function quoted(text: string): string {
  return text.length <= 90 ? text : `${text.slice(0, 80).trimEnd()}…`;
}

// Found by English, Russian and Kazakh wording: not reported in a language pplint does not read.
const WORDED = new Set<PlaceholderKind>(['empty-contact', 'template-word', 'instruction', 'example-domain', 'empty-label']);
