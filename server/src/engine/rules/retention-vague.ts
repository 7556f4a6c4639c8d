// retention-vague: a retention statement that gives neither a period nor criteria to determine
// one ("as long as necessary", «в течение срока, установленного законодательством»), one that sets
// no end at all ("without any time limit", «бессрочно», "until liquidation of the operator"), or
// one that gives only a minimum with no end ("no less than five (5) years").
// Legal source: GDPR Art. 13(2)(a) (the period, or if that is not possible the criteria used to
// determine it); Law 94-V Art. 12 p.2 (the period is set by the date the purposes are achieved).
// Criteria that name an end (until consent is withdrawn, until the purposes are achieved, for the
// term of the contract) are accepted. An unnamed statutory period after an exception
// ("…, unless the law requires storage for a period specified by law") is a legal hold, not reported;
// so is the statutory period of data named by the duty to keep them ("records we are required by
// law to keep are kept for the period the law sets"). No options.
import { defineRule } from './framework.js';
import { configuredRetention, type RetentionStatement } from '../extract/retention/index.js';
import { formatDuration } from '../language/plural.js';
import { lexicon, type Lexicon } from '../extract/vocabulary/lexicon.js';
import type { Localized } from '../types.js';

/** The article each law gives for a period or its criteria, cited for the laws the policy answers to. */
const PERIOD_RULE: Record<string, Localized> = {
  gdpr: { en: 'GDPR Art. 13(2)(a)', ru: 'GDPR ст. 13(2)(a)', kk: 'GDPR 13(2)(a)-бап' },
  kz: { en: 'Law 94-V, Art. 12 p.2', ru: 'Закон 94-V, ст. 12 п. 2', kk: '94-V Заң, 12-бап 2-тармақ' },
  ru: { en: '152-FZ, Art. 5 p.7', ru: '152-ФЗ, ст. 5 ч. 7', kk: '152-ФЗ, 5-бап 7-бөлік' },
};

/** The articles to cite: those of the policy's laws, or all of them when it answers to none of these. */
function periodSources(jurisdictions: readonly string[]): Localized {
  const laws = Object.keys(PERIOD_RULE).filter((j) => jurisdictions.includes(j));
  const cited = (laws.length > 0 ? laws : Object.keys(PERIOD_RULE)).map((j) => PERIOD_RULE[j]!);
  return {
    en: cited.map((c) => c.en).join('; '),
    ru: cited.map((c) => c.ru).join('; '),
    kk: cited.map((c) => c.kk).join('; '),
  };
}

export default defineRule({
  id: 'retention-vague',
  meta: {
    docs: {
      description: {
        en: 'A retention statement with neither a period nor criteria, or with only a minimum period and no end.',
        ru: 'Положение о хранении без срока и без критериев или только с минимальным сроком без окончания.',
        kk: 'Мерзімі де, өлшемі де жоқ немесе тек ең аз мерзімі бар, соңы көрсетілмеген сақтау туралы ереже.',
      },
      legal: ['GDPR Art. 13(2)(a), Art. 5(1)(e)', 'Law 94-V, Art. 12 p.2', '152-FZ, Art. 5 p.7'],
    },
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    messages: ['vague', 'indefinite', 'minimum-only'],
    scope: 'document',
    readsWords: true,
  },
  check(context) {
    const statements = configuredRetention(context.doc, context.config);
    const lex = lexicon(context.config.vocabulary);
    const sources = periodSources(context.jurisdictions);
    for (const s of statements) {
      const focus = context.doc.text.slice(s.focus.start, s.focus.end);
      if (s.vague === 'as-required-by-law' && lawHoldException(context.doc.text, s, lex)) continue;
      if (s.vague) {
        context.report({
          messageId: s.vague === 'indefinite' ? 'indefinite' : 'vague',
          data: { text: focus, sources },
          span: s.focus,
        });
        continue;
      }
      if (!s.duration || s.bound !== 'min' || s.until) continue;
      // A maximum or a criterion in the same sentence closes the period.
      if (statements.some((o) => o !== s && o.sentenceKey === s.sentenceKey && (o.bound === 'max' || o.until)))
        continue;
      const period: Localized = {
        en: formatDuration(s.duration.value, s.duration.unit, 'en', { digits: true, words: false }),
        ru: formatDuration(s.duration.value, s.duration.unit, 'ru', { digits: true, words: false }),
        kk: formatDuration(s.duration.value, s.duration.unit, 'kk', { digits: true, words: false }),
      };
      context.report({ messageId: 'minimum-only', data: { text: focus, period, sources }, span: s.focus });
    }
  },
});

/**
 * "Only the data needed for the service are kept, unless the law requires storage for a period
 * specified by law": the unnamed statutory period is an exception after the sentence's own rule (a
 * legal hold), not the retention period it states. Said at the start of a sentence, it is the rule.
 * The data the law obliges the operator to keep («данные, обязательные к хранению по
 * законодательству, хранятся в течение установленного законом срока») are a legal hold too.
 */
function lawHoldException(text: string, s: RetentionStatement, lex: Lexicon): boolean {
  const before = text.slice(s.span.start, s.focus.start);
  return (
    lex.find('retention-law-exception', before).some((m) => /[\p{L}\p{N}]/u.test(before.slice(0, m.start))) ||
    lex.find('retention-law-hold-data', before).length > 0
  );
}
