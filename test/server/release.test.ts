// After an edit, the complete analysis of the new version releases what aligning the version it
// supersedes made (engine.release), before it lints: the last complete analysis stays for hover,
// but two generations of the alignment are not held at once.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine, type Engine, type PolicyDocument } from '../../server/src/engine/index.js';
import { CancellationSource } from '../../server/src/lsp/slices.js';
import { analysesOf, kzSettings } from '../helpers/analyses.js';

const URI = 'file:///work/privacy.en.md';
const TEXT =
  '# Privacy Policy\n\n## 1. Contact us\n\n1.1. Write to the privacy team at the address on our site.\n\n' +
  '## 2. Retention\n\n2.1. We keep order records for three years after the last order.\n';

describe('the analyses release a superseded version', () => {
  it('releases the last complete analysis’ document when the next version is linted, and keeps it for requests', async () => {
    const real = createEngine();
    const released: PolicyDocument[] = [];
    const linting: PolicyDocument[] = [];
    const engine: Engine = {
      ...real,
      release: (doc) => {
        released.push(doc);
        real.release(doc);
      },
      lintSteps: (doc, config, options) => {
        linting.push(doc);
        // Released before the new version's lint starts, not after it.
        assert.equal(released.length, linting.length - 1);
        return real.lintSteps(doc, config, options);
      },
    };
    let document = TextDocument.create(URI, 'markdown', 1, TEXT);
    const analyses = analysesOf(engine, kzSettings(real, 'privacy.en.md'), URI, () => document);
    const first = await analyses.complete(document, new CancellationSource());
    assert.ok(first);
    assert.deepEqual(released, []);
    // The same version again releases nothing.
    await analyses.complete(document, new CancellationSource());
    assert.deepEqual(released, []);
    const at = TEXT.indexOf('three');
    document = TextDocument.update(
      document,
      [{ range: { start: document.positionAt(at), end: document.positionAt(at) }, text: 'x' }],
      2,
    );
    const second = await analyses.complete(document, new CancellationSource());
    assert.ok(second);
    assert.notEqual(second.doc, first.doc);
    assert.deepEqual(released, [first.doc]);
    assert.equal(analyses.lastComplete(URI), second);
  });
});
