// wrong-jurisdiction: text that belongs to another country's law than the one the policy answers
// to, usually copied from a foreign template: "Federal Law of the Republic of Kazakhstan"
// (Kazakhstan has no federal laws), ЕГРЮЛ or ОГРН in a Kazakhstan policy, a law or regulator of a
// jurisdiction the policy does not answer to (when a person set the jurisdictions), the operator's
// postal address in another country, and «legitimate interest» given as a legal basis under Law
// 94-V alone (a GDPR notion; information only, and also when Law 94-V is only guessed, saying so).
// Legal source: the policy must state the processing under the law that governs it (Law 94-V
// Art. 8, Art. 7; 152-FZ Art. 18.1); a foreign citation misstates the subject's rights.
// No options. The words are in vocabulary/foreign-law.yaml; what the policy answers to comes from
// extract/jurisdictions.ts (front matter, configuration or the laws it cites).
import { defineRule } from './framework.js';
import { foreignLawSteps, type ForeignFinding } from '../extract/foreign-law.js';
import { inEveryLanguage, lawNames } from '../extract/jurisdictions/describe.js';
import { lexicon } from '../extract/vocabulary/lexicon.js';
import { getProfile } from '../profiles/index.js';
import { render } from '../i18n/render.js';
import type { FixProposal, Localized } from '../types.js';

/** The law a finding's words belong to, by name ("152-FZ"), or "another country's law". */
function belongsTo(j: string): Localized {
  return getProfile(j)
    ? inEveryLanguage((lang) => lawNames([j], lang))
    : inEveryLanguage((lang) => render({ id: 'wrong-jurisdiction/another-country' }, lang));
}

/** "Federal Law" → "Law", «Федеральным законом» → «Законом»: drops the adjective, keeps the case of the first letter. */
function dropFederal(f: ForeignFinding, text: string): FixProposal | undefined {
  const words = text.split(/\s+/);
  if (words.length !== 2) return undefined;
  const rest = words[1]!;
  const first = text[0]!;
  const replacement = first === first.toUpperCase() ? rest[0]!.toUpperCase() + rest.slice(1) : rest;
  const span = f.block.sourceSpan(f.start, f.end);
  return {
    title: { id: 'wrong-jurisdiction/drop-federal', data: { text, replacement } },
    edits: [{ ...span, text: replacement, expect: text }],
  };
}

export default defineRule({
  id: 'wrong-jurisdiction',
  meta: {
    docs: {
      description: {
        en: "A citation, registry, address or legal notion of another country's law than the one the policy answers to.",
        ru: 'Ссылка, реестр, адрес или правовое понятие из права другой страны, чем та, которой подчиняется политика.',
        kk: 'Саясат бағынатын елдің емес, басқа елдің құқығына жататын сілтеме, тізілім, мекенжай немесе құқықтық ұғым.',
      },
      legal: ['Law 94-V, Art. 7, Art. 8', '152-FZ, Art. 18.1', 'GDPR Art. 6(1)(f)'],
    },
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: false,
    messages: [
      'federal-law',
      'registry',
      'citation',
      'address',
      'legitimate-interest',
      'legitimate-interest-guessed',
      'drop-federal',
      'another-country',
    ],
    scope: 'document',
    readsWords: true,
  },
  *check(context) {
    const laws = context.policyJurisdictions;
    const vocabulary = lexicon(context.config.vocabulary);
    const expected = inEveryLanguage((lang) => lawNames(laws.list, lang));
    for (const f of yield* foreignLawSteps(context.doc, laws, vocabulary)) {
      const text = f.block.text.slice(f.start, f.end);
      const span = f.block.sourceSpan(f.start, f.end);
      const data = { text, expected, belongs: belongsTo(f.belongs) };
      if (f.kind === 'federal-law') {
        // The fix is safe only where the law is named as Kazakhstan's right after the word.
        const after = f.block.text.slice(f.end, f.end + 60);
        const fix = vocabulary.test('kz-country', after) ? dropFederal(f, text) : undefined;
        context.report({ messageId: 'federal-law', data, span, ...(fix ? { fix } : {}) });
      } else if (f.kind === 'legitimate-interest') {
        const messageId = f.guessed ? 'legitimate-interest-guessed' : 'legitimate-interest';
        context.report({ messageId, data, span, severity: 'info' });
      } else {
        context.report({ messageId: f.kind, data, span });
      }
    }
  },
});
