// The lint runner drops a rule's repeated findings (same place, same message, same data), so that
// a slip in one rule does not show the user the same line twice; different data stay apart.
import assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine/index.js';
import { defineRule } from '../../server/src/engine/rules/framework.js';

const repeats = defineRule({
  id: 'test-repeats',
  meta: {
    docs: { description: { en: 'Test rule that reports one place several times.' } },
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    messages: ['said'],
    scope: 'document',
  },
  check(context) {
    const span = { start: context.doc.bodyStart, end: context.doc.bodyStart + 4 };
    context.report({ messageId: 'said', data: { word: 'same' }, span });
    context.report({ messageId: 'said', data: { word: 'same' }, span });
    context.report({ messageId: 'said', data: { word: 'other' }, span });
  },
});

describe('lint runner: repeated findings', () => {
  it('keeps one of identical findings and both of findings that differ in their data', () => {
    const engine = createEngine({ rules: [repeats] });
    const config = engine.resolveConfig([{ rules: { 'test-repeats': 'warning' } }]);
    const doc = engine.parse('file:///cases/privacy.md', '# Policy\n\nSome text.\n');
    const findings = engine.lint(doc, config).filter((f) => f.ruleId === 'test-repeats');
    assert.deepEqual(
      findings.map((f) => f.message.data?.word),
      ['same', 'other'],
    );
  });
});
