// What a lawyer sees while editing one version, as the server computes it: each edit re-parses
// the edited version incrementally and re-lints every version of the group. Deleting a clause
// makes untranslated-clause appear where the design reports it, pointing at the counterpart;
// undoing the deletion clears it.
import assert from 'node:assert/strict';
import type { PolicyDocument, VersionGroup } from '../../server/src/engine/index.js';
import { FIXTURES, VERSION_RULES, engine, readVersions } from '../helpers/versions.js';

const config = engine.resolveConfig([]);
const texts = readVersions(FIXTURES);

class Workspace {
  docs: Record<string, PolicyDocument> = {};
  group!: VersionGroup;

  constructor() {
    for (const [lang, text] of Object.entries(texts))
      this.docs[lang] = engine.parse(`file:///ws/privacy.${lang}.md`, text);
    this.regroup();
  }

  /** One edit to one version: replace the whole text, parsed against its previous parse. */
  type(lang: string, text: string): void {
    this.docs[lang] = engine.parse(this.docs[lang]!.uri, text, this.docs[lang]);
    this.regroup();
  }

  private regroup(): void {
    this.group = engine.groupVersions(Object.values(this.docs), config)[0]!;
  }

  findings(lang: string) {
    const doc = this.docs[lang]!;
    return engine
      .lint(doc, config, { group: this.group })
      .filter((f) => (VERSION_RULES as readonly string[]).includes(f.ruleId))
      .map((f) => ({
        rule: f.ruleId,
        message: f.message.id,
        text: doc.text.slice(f.span.start, f.span.end),
        related: f.related?.map((r) => ({
          uri: r.uri,
          text: this.docs[r.uri!.slice(-5, -3)]!.text.slice(r.span.start, r.span.end),
        })),
      }));
  }
}

describe('editing one language version re-lints the others', () => {
  it('a clause deleted in the Russian (primary) version shows in the others and, by its numbering gap, in itself; it clears on undo', () => {
    const ws = new Workspace();
    for (const lang of ['ru', 'kk', 'en']) assert.deepEqual(ws.findings(lang), [], lang);
    const clause = '5.2. Вы вправе отозвать согласие на обработку персональных данных.\n\n';
    ws.type('ru', texts.ru.replace(clause, ''));
    // The primary's numbering now skips 5.2, which the others have: it lost the clause, told once.
    assert.deepEqual(ws.findings('ru'), [
      {
        rule: 'untranslated-clause',
        message: 'untranslated-clause/missing-before',
        text: '5.3. Оператор отвечает на запрос в течение 3 рабочих дней.',
        related: [
          {
            uri: 'file:///ws/privacy.kk.md',
            text: '5.2. Сіз дербес деректерді өңдеуге берілген келісімді кері қайтарып алуға құқылысыз.',
          },
        ],
      },
    ]);
    assert.deepEqual(ws.findings('kk'), [
      {
        rule: 'untranslated-clause',
        message: 'untranslated-clause/extra',
        text: '5.2. Сіз дербес деректерді өңдеуге берілген келісімді кері қайтарып алуға құқылысыз.',
        related: [
          { uri: 'file:///ws/privacy.ru.md', text: '5.3. Оператор отвечает на запрос в течение 3 рабочих дней.' },
        ],
      },
    ]);
    assert.equal(ws.findings('en').length, 1);
    assert.equal(
      ws.findings('en')[0]!.text,
      '5.2. You have the right to withdraw your consent to the processing of personal data.',
    );
    ws.type('ru', texts.ru);
    for (const lang of ['ru', 'kk', 'en']) assert.deepEqual(ws.findings(lang), [], `${lang} after undo`);
  });

  it('a clause deleted in the Kazakh version shows where it belongs, pointing at the Russian clause, and clears on undo', () => {
    const ws = new Workspace();
    ws.type(
      'kk',
      texts.kk.replace('5.2. Сіз дербес деректерді өңдеуге берілген келісімді кері қайтарып алуға құқылысыз.\n\n', ''),
    );
    assert.deepEqual(ws.findings('kk'), [
      {
        rule: 'untranslated-clause',
        message: 'untranslated-clause/missing-before',
        text: '5.3. Оператор сұрауға 3 жұмыс күні ішінде жауап береді.',
        related: [
          {
            uri: 'file:///ws/privacy.ru.md',
            text: '5.2. Вы вправе отозвать согласие на обработку персональных данных.',
          },
        ],
      },
    ]);
    assert.deepEqual(ws.findings('en'), [], 'the other versions are not concerned');
    ws.type('kk', texts.kk);
    assert.deepEqual(ws.findings('kk'), []);
  });

  it('a phone typed differently, character by character, is reported only while it differs', () => {
    const ws = new Workspace();
    const before = texts.en;
    ws.type('en', before.replace('255-40-10', '255-40-1'));
    ws.type('en', before.replace('255-40-10', '255-40-19'));
    assert.deepEqual(
      ws.findings('en').map((f) => [f.message, f.text]),
      [['translation-mismatch/differs', '8 (717) 255-40-19']],
    );
    ws.type('en', before);
    assert.deepEqual(ws.findings('en'), []);
  });
});
