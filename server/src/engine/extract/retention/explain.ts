// The hover on a retention statement: how the engine read it, so that the lawyer can trust or
// correct it ("Retention as read: 5 years from date of payment; exact; covers: payment card details").
import type { Explainer } from '../../explain.js';
import type { Lang } from '../../types.js';
import { describeRetention } from './describe.js';
import { configuredLexicon, retentionAt } from './index.js';

const LABEL: Record<Lang, string> = {
  en: 'Retention as read',
  ru: 'Срок хранения, как он прочитан',
  kk: 'Сақтау мерзімі, оқылғаны',
};

export const retentionExplainer: Explainer = (doc, config, offset, lang) => {
  const statements = retentionAt(doc, offset, configuredLexicon(config));
  if (statements.length === 0) return null;
  return {
    span: {
      start: Math.min(...statements.map((s) => s.span.start)),
      end: Math.max(...statements.map((s) => s.span.end)),
    },
    lines: statements.map((s) => `**${LABEL[lang]}:** ${describeRetention(s, lang)}`),
  };
};
