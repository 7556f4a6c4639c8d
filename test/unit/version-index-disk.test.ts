// A language version read from disk for its open sibling's comparison is handed to the editor's
// parse when it is opened: the editor's parse reuses its chunks (and their cached facts), and the
// version index no longer holds a second reading of the same file.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngine, type PolicyDocument } from '../../server/src/engine/index.js';
import { VersionIndex } from '../../server/src/workspace/versions.js';

const engine = createEngine();
const config = engine.resolveConfig([{ jurisdictions: ['kz'] }]);

function sections(lang: 'ru' | 'kk', count: number): string {
  const heading = lang === 'ru' ? 'Порядок обработки, часть' : 'Өңдеу тәртібі, бөлім';
  const body =
    lang === 'ru'
      ? 'Данные о заказах хранятся в течение трёх лет после исполнения договора.'
      : 'Тапсырыс деректері шарт орындалғаннан кейін үш жыл бойы сақталады.';
  let text = lang === 'ru' ? '# Политика конфиденциальности\n' : '# Құпиялылық саясаты\n';
  for (let n = 1; n <= count; n++) text += `\n## ${n}. ${heading} ${n}\n\n${n}.1. ${body}\n`;
  return text;
}

describe('version index: a version read from disk, then opened', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'pplint-disk-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('hands its parse to the first parse of the opened file, once', () => {
    const ruPath = join(folder, 'privacy.ru.md');
    const kkPath = join(folder, 'privacy.kk.md');
    writeFileSync(ruPath, sections('ru', 40));
    writeFileSync(kkPath, sections('kk', 40));
    const ruUri = pathToFileURL(ruPath).toString();
    const kkUri = pathToFileURL(kkPath).toString();
    const open = new Map<string, PolicyDocument>();
    const index = new VersionIndex(engine, { parsed: (uri) => open.get(uri) });
    const ru = engine.parse(ruUri, readFileSync(ruPath, 'utf8'));
    open.set(ruUri, ru);

    const group = index.groupFor(ru, config);
    const fromDisk = group?.members.find((m) => m.doc.uri === kkUri)?.doc;
    assert.ok(fromDisk, 'the Kazakh version is read from disk');

    const taken = index.takeDiskParse(kkUri);
    assert.equal(taken, fromDisk);
    assert.equal(index.takeDiskParse(kkUri), undefined, 'the index keeps no second reading');
    const opened = engine.parse(kkUri, readFileSync(kkPath, 'utf8'), taken);
    assert.equal(opened.reparsedChunks, 0);
    assert.ok(opened.blocks.every((b, i) => b.core === fromDisk.blocks[i]!.core));
    assert.equal(index.takeDiskParse(ruUri), undefined, 'an open file is never read from disk');
  });
});
