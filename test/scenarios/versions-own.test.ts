// Faults injected into our own long translation pairs (test/fixtures/versions-long: ru/en, kk/ru,
// de/en and fr/en policies of 3,000+ words, unnumbered, with lists and links, translated paragraph
// for paragraph). The places are fixed (spread evenly over each version), so every run injects the
// same faults. The clean pairs must raise no cross-version finding at all, and at least 90% of the
// faults must be found where they were made; the rate per kind and the false alarms are printed.
import assert from 'node:assert/strict';
import { injectFaults, ownLongSource, summarise, type InjectionReport } from '../helpers/fault-injection.js';

const KINDS = ['drop', 'add', 'wrong-language', 'number', 'link'] as const;

describe('language versions: faults injected into our own long translation pairs', function () {
  this.timeout(900_000);
  let report: InjectionReport;

  before(() => {
    report = injectFaults(2, () => true, ownLongSource());
    console.log(summarise(report).replace(/^/gm, '    '));
    for (const f of report.faults.filter((x) => !x.found))
      console.log(`    missed ${f.kind} ${f.file}:${f.line}${f.reported.length ? `: ${f.reported.join('; ')}` : ''}`);
  });

  it('injects at least 40 faults of every kind into the long pairs', () => {
    assert.ok(report.policies >= 4, `${report.policies} pairs`);
    assert.ok(report.faults.length >= 40, `${report.faults.length} faults`);
    for (const kind of KINDS)
      assert.ok(
        report.faults.some((f) => f.kind === kind),
        kind,
      );
  });

  it('raises no cross-version finding on the clean pairs', () => {
    assert.deepEqual(
      report.falseAlarms.map((f) => `${f.file}:${f.line} ${f.rule} «${f.text}»`),
      [],
    );
  });

  it('finds at least 90% of the faults at their place', () => {
    const found = report.faults.filter((f) => f.found).length;
    assert.ok(
      found >= 0.9 * report.faults.length,
      `found ${found}/${report.faults.length}; missed:\n${report.faults
        .filter((f) => !f.found)
        .map((f) => `${f.kind} ${f.file}:${f.line}`)
        .join('\n')}`,
    );
  });
});
