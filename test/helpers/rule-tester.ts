// A table-driven tester for one rule (in the manner of ESLint's RuleTester): `valid` texts give
// no finding of the rule; `invalid` texts give exactly the findings listed, at the quoted text,
// and a fixable rule's output is checked, including that fixing twice changes nothing.
import assert from 'node:assert/strict';
import { createEngine, type PplintConfig, type Severity } from '../../server/src/engine/index.js';

export interface Case {
  name?: string;
  text: string;
  /** The document's file name; decides the language when the front matter does not. */
  file?: string;
  options?: Record<string, unknown>;
  config?: PplintConfig;
}

export interface ExpectedFinding {
  messageId: string;
  /** The source text the finding underlines. */
  text?: string;
  /** 1-based line of the finding's start. */
  line?: number;
  severity?: Severity;
  /** Substring of the English message. */
  message?: string;
  /** Facts the finding carries (missing-section's `requirement`, say). */
  data?: Record<string, string | number | boolean>;
  /** Expected results of applying each suggestion alone, in order. */
  suggestions?: string[];
}

export interface InvalidCase extends Case {
  errors: ExpectedFinding[];
  /** The text after every fix was applied (omit when the findings have no fix). */
  output?: string;
}

const engine = createEngine();

export function lintWith(ruleId: string, c: Case) {
  const uri = `file:///cases/${c.file ?? 'privacy.md'}`;
  const rules: PplintConfig['rules'] = {};
  for (const rule of engine.rules)
    rules[rule.id] = rule.id === ruleId ? (c.options ? ['error', c.options] : 'error') : 'off';
  const config = engine.resolveConfig([
    ...(c.config ? [c.config] : []),
    { rules: { ...rules, ...(c.config?.rules ?? {}), [ruleId]: rules[ruleId]! } },
  ]);
  const doc = engine.parse(uri, c.text);
  return { doc, config, findings: engine.lint(doc, config).filter((f) => f.ruleId === ruleId), uri };
}

export function ruleTester(ruleId: string, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  const rule = engine.rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`No rule ${ruleId}`);
  describe(`rule ${ruleId}`, () => {
    describe('valid', () => {
      for (const [i, c] of cases.valid.entries()) {
        it(c.name ?? `valid #${i + 1}: ${c.text.slice(0, 50).replace(/\n/g, '⏎')}`, () => {
          const { findings, doc } = lintWith(ruleId, c);
          assert.deepEqual(
            findings.map((f) => `${f.message.id} «${doc.text.slice(f.span.start, f.span.end)}»`),
            [],
          );
        });
      }
    });
    describe('invalid', () => {
      for (const [i, c] of cases.invalid.entries()) {
        it(c.name ?? `invalid #${i + 1}: ${c.text.slice(0, 50).replace(/\n/g, '⏎')}`, () => {
          const { findings, doc, config, uri } = lintWith(ruleId, c);
          const rendered = engine.render(findings, 'en');
          assert.equal(
            findings.length,
            c.errors.length,
            `expected ${c.errors.length} finding(s), got: ${rendered.map((f) => `${f.messageId} «${doc.text.slice(f.span.start, f.span.end)}» ${f.message}`).join(' | ')}`,
          );
          c.errors.forEach((expected, k) => {
            const f = findings[k]!;
            const r = rendered[k]!;
            assert.equal(f.message.id, `${ruleId}/${expected.messageId}`);
            if (expected.text !== undefined) assert.equal(doc.text.slice(f.span.start, f.span.end), expected.text);
            if (expected.line !== undefined)
              assert.equal(doc.text.slice(0, f.span.start).split('\n').length, expected.line);
            if (expected.severity !== undefined) assert.equal(f.severity, expected.severity);
            if (expected.message !== undefined)
              assert.ok(r.message.includes(expected.message), `message «${r.message}» lacks «${expected.message}»`);
            if (expected.data !== undefined)
              for (const [key, value] of Object.entries(expected.data))
                assert.equal(f.data?.[key], value, `data.${key}`);
            assert.ok(!r.message.includes('{') || r.message.includes('{{'), `unfilled message template: ${r.message}`);
            if (expected.suggestions !== undefined) {
              assert.ok(
                rule.meta.hasSuggestions,
                `${ruleId} reports suggestions but its meta says hasSuggestions: false`,
              );
              const outputs = (f.suggestions ?? []).map((s) => applyEdits(doc.text, s.edits));
              assert.deepEqual(outputs, expected.suggestions);
            }
          });
          const fixes = findings.filter((f) => f.fix);
          if (fixes.length > 0)
            assert.ok(rule.meta.fixable, `${ruleId} reports fixes but its meta says fixable: false`);
          if (c.output !== undefined) {
            const fixed = engine.fixAll(uri, c.text, config);
            assert.notEqual(c.output, c.text, 'output must differ from the input');
            assert.equal(fixed.text, c.output);
            assert.equal(engine.fixAll(uri, fixed.text, config).text, fixed.text, 'fixing twice must change nothing');
          } else {
            assert.equal(fixes.length, 0, 'the findings have fixes: give the expected output');
          }
        });
      }
    });
  });
}

export function applyEdits(text: string, edits: Array<{ start: number; end: number; text: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
