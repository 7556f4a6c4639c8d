// contradiction: two statements of one policy that exclude each other on a legally material point:
// "we do not transfer data abroad" beside a described transfer abroad, "we do not sell personal
// data" beside a described sale, "we do not collect biometric data" beside biometric data in the
// list of data collected, "we do not share data with third parties" beside data stored with a
// named provider (info: a processor is no third party under GDPR Art. 4(10), though it is under
// Law 94-V and 152-FZ), or beside sign-in through another company's account (info: the company
// learns of each sign-in), "data are stored in Kazakhstan" beside hosting abroad. The finding stands
// at the statement to correct (the denial; for storage abroad, the act), relating the other.
// Legal source: the information given to the subject must be accurate and not misleading (Law
// 94-V Art. 8 p.4, Art. 16 on cross-border transfer; GDPR Art. 5(1)(a), Art. 13(1)(f); CCPA
// §1798.120 on sale). Conservative: see extract/exclusive-statements.ts. No options.
import { defineRule } from './framework.js';
import { exclusiveStatementSteps } from '../extract/exclusive-statements.js';
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
      legal: [
        'Law 94-V, Art. 8 p.4, Art. 12 p.2, Art. 16',
        'GDPR Art. 5(1)(a), Art. 13(1)(e), Art. 13(1)(f)',
        'CCPA §1798.120',
      ],
    },
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    messages: ['transfer-abroad', 'sale', 'collect', 'third-party', 'third-party-sign-in', 'storage-abroad', 'other'],
    scope: 'document',
    readsWords: true,
  },
  *check(context) {
    const vocabulary = lexicon(context.config.vocabulary);
    for (const c of yield* exclusiveStatementSteps(context.doc, vocabulary)) {
      const denial = c.denial.block.text.slice(c.denial.start, c.denial.end);
      const act = c.act.block.text.slice(c.act.start, c.act.end);
      const [here, other] = c.at === 'act' ? [c.act, c.denial] : [c.denial, c.act];
      const otherText = c.at === 'act' ? denial : act;
      context.report({
        messageId: c.topic,
        data: { denial, act },
        span: here.block.sourceSpan(here.start, here.end),
        // A processor is no third party under GDPR: the denial may be true in its reading.
        // A sign-in provider is an independent controller the subject chose: the denial may be meant of the operator alone.
        ...(c.topic === 'third-party' || c.topic === 'third-party-sign-in' ? { severity: 'info' as const } : {}),
        related: [
          {
            span: other.block.sourceSpan(other.start, other.end),
            message: { id: 'contradiction/other', data: { act: otherText } },
          },
        ],
      });
    }
  },
});
