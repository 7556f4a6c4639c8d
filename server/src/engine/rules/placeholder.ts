// placeholder: unfilled template text left in a draft.
// What it checks: bracketed blanks ("[Company name]", "[●]"), drafting notes (TODO, TBD,
// УТОЧНИТЬ), runs of underscores, template variables ("{{company}}"), and sentences that promise
// contact details and stop ("by phone at the email").
// Legal source: a published policy must identify the operator and how to reach it (Law 94-V
// Art. 8 p.4 sub-para 1; GDPR Art. 13(1)(a)); a blank in its place is no statement at all.
// Options: `values` maps the text of a blank to what fills it ({"Company name": "Dala Pay LLP"});
// a blank with a value gets a fix that fills it in. An empty contact gets suggestions that add
// the e-mail or phone the policy states elsewhere (a suggestion: the lawyer picks which).

import { defineRule } from './framework.js';
import {
  blockPlaceholders,
  documentPlaceholders,
  findPlaceholders,
  type ContactKind,
  type PlaceholderKind,
} from '../extract/placeholders.js';
import { lexicon, type Lexicon } from '../extract/vocabulary/lexicon.js';
import { blockFacts as requirementFacts } from '../extract/requirements/facts.js';
import { CATALOGUES } from '../i18n/render.js';
import type { Localized } from '../types.js';
import { unreadLanguage } from '../language/codes.js';
import { blockFacts } from '../extract/anchors.js';
import type { PolicyDocument } from '../model/document.js';
import type { FixProposal } from '../types.js';

/** The contact details offered for an empty contact: a few, the first ones the policy states. */
const MAX_OFFERED = 3;

/** The e-mails and phone numbers the policy states, in order, each once. */
function statedContacts(doc: PolicyDocument): { email: string[]; phone: string[] } {
  const found = { email: [] as string[], phone: [] as string[] };
  for (const block of doc.blocks) {
    for (const fact of blockFacts(block)) {
      if (fact.type !== 'email' && fact.type !== 'phone') continue;
      const list = found[fact.type];
      const text = block.text.slice(fact.start, fact.end);
      if (list.length < MAX_OFFERED && !list.includes(text)) list.push(text);
    }
  }
  return found;
}

/** Whether the policy gives a postal address anywhere. */
function statesPostalAddress(doc: PolicyDocument, words: Lexicon): boolean {
  return doc.blocks.some((block) => requirementFacts(block, words).some((f) => f.kind === 'postal-address'));
}

/** Suggestions that add a stated contact after the words that promise it. */
function contactSuggestions(
  doc: PolicyDocument,
  stated: { email: string[]; phone: string[] },
  kind: ContactKind,
  end: number,
): FixProposal[] {
  const values =
    kind === 'email'
      ? stated.email
      : kind === 'phone'
        ? stated.phone
        : kind === 'any'
          ? [...stated.email, ...stated.phone]
          : [];
  // After the colon that introduces the detail («e-mail address: …»), when there is one.
  const at = doc.text[end] === ':' ? end + 1 : end;
  const spaced = /\s/.test(doc.text[at - 1] ?? '');
  return values.map((value) => ({
    title: { id: 'placeholder/add-contact', data: { value } },
    edits: [{ start: at, end: at, text: spaced ? value : ` ${value}` }],
  }));
}

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
    hasSuggestions: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        values: {
          type: 'object',
          additionalProperties: { type: 'string' },
          default: {},
          description: 'Text of a blank → the value that fills it.',
        },
      },
    },
    messages: [
      'bracketed',
      'marker',
      'blank',
      'template-variable',
      'empty-contact',
      'fill',
      'template-word',
      'instruction',
      'example-domain',
      'dummy-phone',
      'pipeline-token',
      'empty-label',
      'add-contact',
    ],
    scope: 'document',
    reach: 'block',
  },
  prepareBlock(block, context) {
    findPlaceholders(block, lexicon(context.config.vocabulary as Record<string, unknown> | undefined));
  },
  check(context) {
    const values = new Map(Object.entries(context.options.values ?? {}).map(([k, v]) => [k.trim().toLowerCase(), v]));
    // Empty contacts are found by English, Russian and Kazakh wording: not in a language pplint does not read.
    const unread = unreadLanguage(context.doc) !== null;
    let stated: { email: string[]; phone: string[] } | undefined;
    const words = lexicon(context.config.vocabulary as Record<string, unknown> | undefined);
    let addressStated: boolean | undefined;
    const found =
      context.blocks === context.doc.blocks
        ? documentPlaceholders(context.doc, words)
        : blockPlaceholders(context.blocks, words);
    for (const { block, placeholder } of found) {
      if (unread && WORDED.has(placeholder.kind)) continue;
      // "by post to our registered address": the address the policy states elsewhere.
      if (
        placeholder.kind === 'empty-contact' &&
        placeholder.contact === 'address' &&
        words.test('contact-known-address', placeholder.text) &&
        (addressStated ??= statesPostalAddress(context.doc, words))
      )
        continue;
      const span = block.sourceSpan(placeholder.start, placeholder.end);
      const value = placeholder.inner !== undefined ? values.get(placeholder.inner.toLowerCase()) : undefined;
      const suggest =
        placeholder.kind === 'empty-contact'
          ? contactSuggestions(
              context.doc,
              (stated ??= statedContacts(context.doc)),
              placeholder.contact ?? 'any',
              span.end,
            )
          : [];
      context.report({
        messageId: placeholder.kind,
        data:
          placeholder.kind === 'empty-contact'
            ? { contact: contactWords(placeholder.contact ?? 'any') }
            : { text: quoted(placeholder.text) },
        span,
        ...(value !== undefined
          ? {
              fix: {
                title: { id: 'placeholder/fill', data: { text: placeholder.text, value } },
                edits: [{ ...span, text: value, expect: placeholder.text }],
              },
            }
          : {}),
        ...(suggest.length > 0 ? { suggest } : {}),
      });
    }
  },
});

/** A long note is quoted by its beginning, so that the message stays readable. */
function quoted(raw: string): string {
  // A blank that wraps over lines is quoted on one line.
  const text = raw.replace(/\s*\n\s*/g, ' ');
  return text.length <= 90 ? text : `${text.slice(0, 80).trimEnd()}…`;
}

// Found by English, Russian and Kazakh wording: not reported in a language pplint does not read.
const WORDED = new Set<PlaceholderKind>([
  'empty-contact',
  'template-word',
  'instruction',
  'example-domain',
  'empty-label',
]);
