// retention-missing: the policy states no retention (storage) period and no criteria for one.
// What it checks: that at least one retention statement was found anywhere in the document (a
// period such as «5 лет», a deletion deadline, or a criterion such as "until consent is
// withdrawn"; a vague or unlimited statement counts too, and retention-vague speaks of it).
// Where a section headed for retention has words of keeping or deleting that were not read as a
// statement, the finding says only that nothing was recognised, as a warning: the section may
// state a criterion in words the vocabulary does not know yet.
// Legal source: Law 94-V Art. 12 p.2 and Art. 24 p.1 sub-para 1 (KZ); GDPR Art. 13(2)(a);
// 152-FZ Art. 14 p.7 (RU); Cal. Civ. Code 1798.100(a)(3) (CCPA).
// Severity: error when the policy answers to one of those laws, else warning. No options.
import { defineRule } from './framework.js';
import type { Block, Section } from '../model/document.js';
import { configuredLexicon, documentRetentionSteps, readRetentionOf } from '../extract/retention/index.js';
import { retentionWords, type RetentionWords } from '../extract/retention/vocabulary.js';

const REQUIRED_BY: Record<string, string> = {
  kz: 'Law 94-V, Art. 12 p.2, Art. 24 p.1 sub-para 1',
  gdpr: 'GDPR Art. 13(2)(a)',
  ru: '152-FZ, Art. 14 p.7',
  ccpa: 'Cal. Civ. Code 1798.100(a)(3)',
};

export default defineRule({
  id: 'retention-missing',
  meta: {
    docs: {
      description: {
        en: 'The policy states no retention period and no criteria for one.',
        ru: 'В политике не указаны ни срок хранения данных, ни критерии его определения.',
        kk: 'Саясатта деректерді сақтау мерзімі де, оны анықтау өлшемдері де көрсетілмеген.',
      },
      legal: Object.values(REQUIRED_BY),
    },
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    messages: ['missing', 'missing-in-section', 'unread-section'],
    scope: 'document',
    readsWords: true,
  },
  prepareBlock(block, context) {
    readRetentionOf(block, configuredLexicon(context.config));
  },
  *check(context) {
    const { doc } = context;
    const lex = configuredLexicon(context.config);
    if ((yield* documentRetentionSteps(doc, lex)).length > 0) return;
    const body = doc.blocks.filter((b) => b.type === 'heading' || b.type === 'paragraph' || b.type === 'tableCell');
    if (body.length === 0) return;
    const laws = context.jurisdictions.filter((j) => j in REQUIRED_BY);
    const sources =
      laws.length > 0 ? laws.map((j) => REQUIRED_BY[j]!).join('; ') : 'Law 94-V, Art. 12 p.2; GDPR Art. 13(2)(a)';
    const severity = laws.length > 0 ? undefined : 'warning';
    const words = retentionWords(lex);
    // A section that promises retention is the place to point at.
    const section = doc.sections.find((s) => s.heading && words.scan(s.title).of('retention-header').length > 0);
    if (section?.heading) {
      const span = { start: section.heading.start, end: section.heading.end };
      if (speaksOfKeeping(section, words))
        context.report({
          messageId: 'unread-section',
          data: { title: section.title, sources },
          span,
          severity: 'warning',
        });
      else
        context.report({
          messageId: 'missing-in-section',
          data: { title: section.title, sources },
          span,
          ...(severity ? { severity } : {}),
        });
      return;
    }
    const anchor = body.find((b) => b.type === 'heading') ?? body[0]!;
    context.report({
      messageId: 'missing',
      data: { sources },
      span: { start: anchor.start, end: anchor.end },
      ...(severity ? { severity } : {}),
    });
  },
});

/** Whether the section's text (its subsections too) has words of keeping or deleting data. */
function speaksOfKeeping(section: Section, words: RetentionWords): boolean {
  const blocks: Block[] = [];
  const collect = (s: Section): void => {
    blocks.push(...s.blocks);
    s.children.forEach(collect);
  };
  collect(section);
  return blocks.some((b) => {
    if (b.type !== 'paragraph' && b.type !== 'tableCell') return false;
    const hits = words.scan(b.text);
    return hits.of('retention-cue').length > 0 || hits.of('retention-deletion').length > 0;
  });
}
