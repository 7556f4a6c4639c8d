// Every request of the engine answers on any draft: no exception in any rule or request, every
// range inside the document on whole characters, the same answer twice, the same answer after a
// re-parse from an earlier version, and fix-all that settles (a second fix-all changes nothing).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  applyFixes,
  createEngine,
  type Finding,
  type PolicyDocument,
  type VersionGroup,
} from '../../server/src/engine/index.js';
import { applyEdit, draft, edit, heavyDraft, retentionParts, versionGroup } from './arbitraries.js';
import { holds } from './harness.js';
import { assertRange } from './invariants.js';

const failures: string[] = [];
const engine = createEngine({ logger: { error: (m) => failures.push(m) } });
const config = engine.resolveConfig([{ jurisdictions: ['kz', 'gdpr'] }]);

function noFailure(): void {
  const logged = failures.splice(0);
  assert.deepEqual(
    logged.map((m) => m.split('\n').slice(0, 3).join(' | ')),
    [],
    'a rule failed',
  );
}

function checkFindings(doc: PolicyDocument, findings: Finding[], docs: Map<string, string> = new Map()): void {
  const textOf = (uri?: string) => (uri ? (docs.get(uri) ?? doc.text) : doc.text);
  for (const f of findings) {
    assert.notEqual(f.message.id, 'engine/rule-failed', `${f.ruleId} failed`);
    assertRange(doc.text, f.span, `${f.ruleId} span`);
    for (const r of f.related ?? []) assertRange(textOf(r.uri), r.span, `${f.ruleId} related`);
    for (const e of [...(f.fix?.edits ?? []), ...(f.suggestions ?? []).flatMap((s) => s.edits)])
      assertRange(doc.text, e, `${f.ruleId} edit`);
    if (f.fix) {
      // A fix's own edits, applied alone, change the text exactly there.
      const result = applyFixes(doc.text, [f.fix.edits]);
      const first = Math.min(...f.fix.edits.map((e) => e.start));
      const last = Math.max(...f.fix.edits.map((e) => e.end));
      assert.equal(
        result.text.slice(0, first),
        doc.text.slice(0, first),
        `${f.ruleId} fix changed text before its edits`,
      );
      assert.equal(
        result.text.slice(result.text.length - (doc.text.length - last)),
        doc.text.slice(last),
        `${f.ruleId} fix changed text after its edits`,
      );
    }
  }
}

const places = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 });

const stable = (findings: Finding[]) =>
  JSON.stringify(
    findings.map((f) => [
      f.ruleId,
      f.severity,
      f.message,
      f.span,
      f.fix?.edits,
      f.related?.map((r) => [r.uri, r.span]),
    ]),
  );

describe('property: engine requests', function () {
  this.timeout(600_000);

  it('lint, summarize, explain, checklist and counterparts answer on any draft, with ranges inside it', () => {
    holds(
      'every request on generated drafts: no exception, ranges inside, deterministic',
      fc.tuple(draft, places),
      everyRequest,
      700,
    );
  });

  it('… also with very wide tables, deep nesting and long runs', () => {
    holds('every request on heavy drafts', fc.tuple(heavyDraft, places), everyRequest, 40);
  });

  function everyRequest([text, offsets]: [string, number[]]): void {
    const doc = engine.parse('file:///p/privacy.md', text);
    const findings = engine.lint(doc, config);
    checkFindings(doc, findings);
    const summary = engine.summarize(doc, config);
    for (const s of summary.sections) assertRange(text, s.span, 'section');
    for (const r of summary.retention) assertRange(text, r.range, 'retention');
    for (const p of offsets) {
      const offset = Math.floor(p * text.length);
      const explained = engine.explain(doc, config, offset, 'ru');
      if (explained) assertRange(text, explained.span, 'explanation');
      for (const c of engine.counterparts(doc, offset, config)) assertRange(c.member.doc.text, c.span, 'counterpart');
    }
    const list = engine.checklist(doc, config);
    assert.ok(list);
    noFailure();
    // The same text gives the same findings, whether parsed afresh or from another version.
    assert.equal(
      stable(engine.lint(engine.parse('file:///p/privacy.md', text), config)),
      stable(findings),
      'not deterministic',
    );
  }

  it('a re-parse after random edits lints as a fresh parse does', () => {
    holds(
      'incremental lint after edits = fresh lint',
      fc.tuple(draft, fc.array(edit, { minLength: 1, maxLength: 4 })),
      ([start, edits]) => {
        let text = start;
        let previous = engine.parse('file:///p/privacy.md', text);
        engine.lint(previous, config);
        for (const e of edits) {
          text = applyEdit(text, e);
          previous = engine.parse('file:///p/privacy.md', text, previous);
          const incremental = engine.lint(previous, config);
          checkFindings(previous, incremental);
          assert.equal(
            stable(incremental),
            stable(engine.lint(engine.parse('file:///p/privacy.md', text), config)),
            `after inserting ${JSON.stringify(e[2])}`,
          );
        }
        noFailure();
      },
      200,
    );
  });

  it('fix-all settles: nothing fixable is left, and a second fix-all changes nothing', () => {
    holds(
      'fix-all reaches a fixed point; a second fix-all changes nothing',
      draft,
      (text) => {
        const first = engine.fixAll('file:///p/privacy.md', text, config);
        const second = engine.fixAll('file:///p/privacy.md', first.text, config);
        assert.equal(second.text, first.text, 'a second fix-all changed the text');
        const left = engine.lint(engine.parse('file:///p/privacy.md', first.text), config).filter((f) => f.fix);
        assert.deepEqual(
          left.map((f) => f.ruleId),
          [],
          'fixable findings are left',
        );
        noFailure();
      },
      300,
    );
  });

  it('fix-all on dense retention statements in language parts never loops and is idempotent', () => {
    holds(
      'fix-all on language parts: idempotent, bounded, only version conflicts left',
      retentionParts,
      (text) => {
        const first = engine.fixAll('file:///p/privacy.md', text, config);
        const second = engine.fixAll('file:///p/privacy.md', first.text, config);
        assert.equal(second.text, first.text, 'a second fix-all changed the text');
        const left = engine.lint(engine.parse('file:///p/privacy.md', first.text), config).filter((f) => f.fix);
        assert.deepEqual(
          left.map((f) => f.message.id),
          [],
        );
        noFailure();
      },
      300,
    );
  });

  it('language versions: group rules answer, fixes settle, and edits re-align as a fresh lint does', () => {
    holds(
      'version groups: no exception, fix-all settles, incremental = fresh',
      fc.tuple(versionGroup, fc.array(edit, { maxLength: 3 })),
      ([{ texts }, edits]) => {
        const lintGroup = (texts: Record<string, string>, previous?: Map<string, PolicyDocument>) => {
          // As the server does: an unchanged version keeps its very document (and every cache on it),
          // an edited one is re-parsed from its previous parse.
          const docs = Object.entries(texts).map(([l, t]) => {
            const kept = previous?.get(l);
            return kept?.text === t ? kept : engine.parse(`file:///p/privacy.${l}.md`, t, kept);
          });
          const groups = engine.groupVersions(docs, config);
          const byUri = new Map(docs.map((d) => [d.uri, d.text]));
          const out = docs.map((doc) => {
            const group: VersionGroup | null = groups.find((g) => g.members.some((m) => m.doc === doc)) ?? null;
            const findings = engine.lint(doc, config, { group });
            checkFindings(doc, findings, byUri);
            return stable(findings);
          });
          return { out, docs: new Map(Object.keys(texts).map((l, i) => [l, docs[i]!])), groups };
        };
        let current = { ...texts };
        let previous = lintGroup(current);
        // An edit to one version (the first, then the others in turn).
        edits.forEach((e, i) => {
          const lang = Object.keys(current)[i % Object.keys(current).length]!;
          current = { ...current, [lang]: applyEdit(current[lang]!, e) };
          const incremental = lintGroup(current, previous.docs);
          assert.deepEqual(incremental.out, lintGroup(current).out, `after editing ${lang}`);
          previous = incremental;
        });
        // Fix-all on each version with its group settles.
        for (const [lang, text] of Object.entries(current)) {
          const doc = previous.docs.get(lang)!;
          const group = previous.groups.find((g) => g.members.some((m) => m.doc === doc)) ?? null;
          const first = engine.fixAll(doc.uri, text, config, group);
          const second = engine.fixAll(doc.uri, first.text, config, group);
          assert.equal(second.text, first.text, `a second fix-all changed ${lang}`);
        }
        noFailure();
      },
      150,
    );
  });
});
