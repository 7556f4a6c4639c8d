// Faults injected into real translations (the multilingual policies of ../shared/corpus, read at
// test time): the share found at the right place, and the false alarms on the clean versions, are
// printed; the thresholds keep both from sliding back.
import assert from 'node:assert/strict';
import { corpusAvailable } from '../helpers/corpus.js';
import { injectFaults, summarise, type InjectionReport } from '../helpers/fault-injection.js';

describe('language versions: faults injected into real translations (../shared/corpus)', function () {
  this.timeout(600_000);
  let report: InjectionReport;

  before(function () {
    if (!corpusAvailable()) {
      console.log('    ../shared/corpus is absent: the fault injection on real translations is skipped.');
      this.skip();
    }
    report = injectFaults(2);
    console.log(
      summarise(report)
        .split('\n')
        .filter((l) => !l.startsWith('  ') || /^ {2}\w[\w-]* +\d+\/\d+$/.test(l))
        .join('\n')
        .replace(/^/gm, '    '),
    );
  });

  it('injects at least 100 faults of every kind into at least ten policies', () => {
    assert.ok(report.policies >= 10, `${report.policies} policies`);
    assert.ok(report.faults.length >= 100, `${report.faults.length} faults`);
    for (const kind of ['drop', 'add', 'wrong-language', 'number', 'link'])
      assert.ok(
        report.faults.some((f) => f.kind === kind),
        kind,
      );
  });

  it('finds at least 85% of the faults at their place, and 85% of changed numbers and links', () => {
    const share = (list: typeof report.faults): number => list.filter((f) => f.found).length / list.length;
    const missed = report.faults.filter((f) => !f.found).map((f) => `${f.kind} ${f.file}:${f.line}`);
    assert.ok(share(report.faults) >= 0.85, `found ${share(report.faults).toFixed(2)}; missed:\n${missed.join('\n')}`);
    for (const kind of ['number', 'link'] as const)
      assert.ok(share(report.faults.filter((f) => f.kind === kind)) >= 0.85, kind);
  });

  it('raises at most one finding per clean policy that the lawyer did not expect', () => {
    assert.ok(
      report.falseAlarms.length <= report.policies,
      report.falseAlarms.map((f) => `${f.file}:${f.line} ${f.rule} «${f.text}»`).join('\n'),
    );
  });
});
