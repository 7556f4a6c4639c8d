// contradiction: two statements of one policy that exclude each other on a legally material point:
// "we do not transfer data abroad" beside a described transfer abroad, "we do not sell personal
// data" beside a described sale, "we do not collect biometric data" beside biometric data in the
// list of data collected. The finding stands at the denial, with a related location at the act.
// Legal source: the information given to the subject must be accurate and not misleading (Law
// 94-V Art. 8 p.4, Art. 16 on cross-border transfer; GDPR Art. 5(1)(a), Art. 13(1)(f); CCPA
// §1798.120 on sale). Conservative: see extract/exclusive-statements.ts. No options.
import { defineRule } from './framework.js';
import { exclusiveStatements } from '../extract/exclusive-statements.js';
import { lexicon } from '../extract/vocabulary/lexicon.js';

export default defineRule({
  id: 'contradiction',
  meta: {
    docs: {
      description: {
        en: 'Two statements of one policy that exclude each other on a legally material point.',
        ru: 'Два положения одной политики, исключающие друг друга в юридически значимом вопросе.',
        kk: 'Бір саясаттың заң тұрғысынан маңызды мәселеде бірін-бірі жоққа шығаратын екі ережесі.',
      },
      legal: ['Law 94-V, Art. 8 p.4, Art. 16', 'GDPR Art. 5(1)(a), Art. 13(1)(f)', 'CCPA §1798.120'],
    },
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    messages: ['transfer-abroad', 'sale', 'collect', 'other'],
    scope: 'document',
    readsWords: true,
  },
  check(context) {
    const vocabulary = lexicon(context.config.vocabulary);
    for (const c of exclusiveStatements(context.doc, vocabulary)) {
      const denial = c.denial.block.text.slice(c.denial.start, c.denial.end);
      const act = c.act.block.text.slice(c.act.start, c.act.end);
      context.report({
        messageId: c.topic,
        data: { denial, act },
        span: c.denial.block.sourceSpan(c.denial.start, c.denial.end),
        related: [
          {
            span: c.act.block.sourceSpan(c.act.start, c.act.end),
            message: { id: 'contradiction/other', data: { act } },
          },
        ],
      });
    }
  },
});
