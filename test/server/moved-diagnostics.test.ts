// After a keystroke, a finding that moved with the edit keeps the diagnostic made of it before
// when the edit left its lines and characters as they were (diagnostics.ts). Whatever is typed,
// each publication must equal what a publisher without any kept diagnostic makes of it.
import assert from 'node:assert/strict';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine } from '../../server/src/engine/index.js';
import type { Analysis } from '../../server/src/lsp/analysis.js';
import { DiagnosticsPublisher } from '../../server/src/lsp/diagnostics.js';
import { CancellationSource } from '../../server/src/lsp/slices.js';
import { analysesOf, documentsOf, kzSettings } from '../helpers/analyses.js';

const URI = 'file:///work/privacy.en.md';

// Repeated headings (a finding with a related place far above it and a suggestion that edits the
// heading), blanks and drafting notes (block findings), in lines ending in "\n" and in "\r\n".
const SECTION = (i: number, eol: string) =>
  [
    `## Contact us${eol}`,
    `${eol}`,
    `${i}.1. Write to [Company name] at the address on our site, or call us on weekdays.${eol}`,
    `${eol}`,
    `${i}.2. We answer each request within ten working days. TODO: confirm the period.${eol}`,
    `${eol}`,
  ].join('');
const TEXT =
  '# Privacy Policy\n\nThis policy says how [Company] handles personal data of its customers.\n\n' +
  Array.from({ length: 12 }, (_, i) => SECTION(i + 1, i % 3 === 2 ? '\r\n' : '\n')).join('');

function open(text: string) {
  const engine = createEngine();
  let document = TextDocument.create(URI, 'markdown', 1, text);
  const documents = documentsOf(URI, () => document);
  const analyses = analysesOf(engine, kzSettings(engine, 'privacy.en.md'), URI, () => document);
  const publisherOf = () => {
    const sent: Diagnostic[][] = [];
    const connection = { sendDiagnostics: (p: { diagnostics: Diagnostic[] }) => sent.push(p.diagnostics) };
    return { sent, publisher: new DiagnosticsPublisher(connection as unknown as Connection, documents, '.') };
  };
  return {
    analyses,
    kept: publisherOf(),
    publisherOf,
    document: () => document,
    edit(start: number, end: number, insert: string) {
      const range = { start: document.positionAt(start), end: document.positionAt(end) };
      document = TextDocument.update(document, [{ range, text: insert }], document.version + 1);
    },
  };
}

/**
 * Publishes each analysis through the session's publisher, which keeps moved findings' diagnostics,
 * and through a fresh one, and asserts that both sent the same diagnostics.
 */
function publishBeside(s: ReturnType<typeof open>) {
  return (analysis: Analysis | null): Analysis => {
    assert.ok(analysis);
    s.kept.publisher.publish(analysis);
    const fresh = s.publisherOf();
    fresh.publisher.publish(analysis);
    assert.deepEqual(s.kept.sent.at(-1), fresh.sent.at(-1), `version ${analysis.version}`);
    return analysis;
  };
}

describe('diagnostics kept for findings moved by an edit', () => {
  it('equal the diagnostics made afresh, after edits within a line, across lines and at line breaks', async () => {
    const s = open(TEXT);
    const token = new CancellationSource();
    const publish = publishBeside(s);
    publish(await s.analyses.quick(s.document(), token));
    const complete = publish(await s.analyses.complete(s.document(), token));
    assert.ok(
      complete.findings.some((f) => f.related?.length),
      'a finding with a related place',
    );
    let random = 4242;
    const next = (n: number) => (random = (random * 1103515245 + 12345) % 2147483648) % n;
    const inserts = ['x', 'x', 'x', ' ', '\n', '\r\n', '\r', '', '[Name]'];
    let moved = 0;
    for (let step = 0; step < 120; step++) {
      const text = s.document().getText();
      const at = next(text.length + 1);
      // Mostly typing; sometimes a deletion that may join two lines or split a "\r\n".
      const remove = next(4) === 0 ? next(4) : 0;
      s.edit(at, Math.min(text.length, at + remove), inserts[next(inserts.length)]!);
      const quick = publish(await s.analyses.quick(s.document(), token));
      moved += quick.moved?.from.size ?? 0;
      // Now and then the document-wide rules run again, as after a pause in typing.
      if (step % 25 === 24) publish(await s.analyses.complete(s.document(), token));
    }
    assert.ok(moved > 100, `${moved} findings moved`);
  });

  it('equal the diagnostics made afresh when a letter splits a "\\r\\n" in two line breaks, and when deleting it joins them', async () => {
    const s = open(TEXT);
    const token = new CancellationSource();
    const publish = publishBeside(s);
    publish(await s.analyses.complete(s.document(), token));
    // An editor cannot place the cursor between "\r" and "\n": the line break is replaced with "\ry\n", then back.
    const cr = s.document().getText().indexOf('\r\n');
    s.edit(cr, cr + 2, '\ry\n');
    assert.equal(
      s
        .document()
        .getText()
        .slice(cr, cr + 3),
      '\ry\n',
    );
    publish(await s.analyses.quick(s.document(), token));
    s.edit(cr, cr + 3, '\r\n');
    publish(await s.analyses.quick(s.document(), token));
  });
});
