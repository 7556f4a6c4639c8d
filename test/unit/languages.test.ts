// Languages pplint does not read: a front matter `lang` may be any BCP 47 code, a German or French
// text is never taken for English, and on such a document the rules that match words stay silent
// while one note on the title says why.
import assert from 'node:assert/strict';
import { createEngine } from '../../server/src/engine/index.js';
import { detectLanguage } from '../../server/src/engine/language/detect.js';
import { languageCode, readLanguage } from '../../server/src/engine/language/codes.js';

const engine = createEngine();

describe('languages pplint does not read', () => {
  describe('language codes', () => {
    const cases: Array<[string, string | null, string | null]> = [
      ['ru', 'ru', 'ru'],
      ['kk-KZ', 'kk-kz', 'kk'],
      ['kz', 'kk', 'kk'],
      ['en_GB', 'en-gb', 'en'],
      ['de', 'de', null],
      ['pt-BR', 'pt-br', null],
      ['uz-Latn', 'uz-latn', null],
      ['German', null, null],
      ['қазақша', null, null],
      ['', null, null],
    ];
    for (const [written, code, read] of cases) {
      it(`«${written}» → ${code} (read as ${read})`, () => {
        assert.equal(languageCode(written), code);
        assert.equal(readLanguage(code), read);
      });
    }
  });

  describe('front matter', () => {
    it('accepts any language code and keeps it', () => {
      const doc = engine.parse(
        'file:///d/datenschutz.md',
        '---\nlang: de\n---\n# Datenschutzerklärung\n\nWir verarbeiten Ihre Daten.\n',
      );
      assert.deepEqual(
        [doc.problems.length, doc.frontMatter.lang, doc.language, doc.languageCode, doc.languageSource],
        [0, 'de', null, 'de', 'front-matter'],
      );
    });
    it('reads a regional tag of a read language as that language', () => {
      const doc = engine.parse('file:///d/policy.md', '---\nlang: ru-KZ\n---\n# Политика\n');
      assert.deepEqual([doc.language, doc.languageCode], ['ru', 'ru']);
    });
  });

  describe('detection never calls German, French, Uzbek or Turkish English', () => {
    const cases: Array<[string, string | null, string | undefined]> = [
      ['Wir speichern Ihre Daten nur so lange, wie es für die Erfüllung des Vertrags erforderlich ist.', null, 'de'],
      ['Nous conservons vos données pendant la durée de votre abonnement et les supprimons ensuite.', null, 'fr'],
      ["Shaxsiy ma'lumotlar faqat xizmat ko'rsatish uchun va qonun bo'yicha qayta ishlanadi.", null, 'uz'],
      ['Kişisel verileriniz yalnızca hizmet için ve ilgili mevzuat gibi amaçlarla işlenir.', null, 'tr'],
      ['We keep your data for five years, as Müller GmbH requires under the contract.', 'en', undefined],
      ['Our partner, Société Générale, processes payments for us in France.', 'en', undefined],
      ['Privacy Policy', 'en', undefined],
    ];
    for (const [text, lang, other] of cases) {
      it(text.slice(0, 50), () => {
        const guess = detectLanguage(text);
        assert.deepEqual([guess.lang, guess.other], [lang, other]);
      });
    }
    it('a document mostly in German is German, without front matter', () => {
      const doc = engine.parse(
        'file:///d/policy.md',
        '# Datenschutzerklärung\n\nWir verarbeiten Ihre Daten nur für die Erbringung unserer Leistungen.\n\nDie Daten werden gelöscht, sobald der Zweck der Speicherung entfällt.\n',
      );
      assert.deepEqual([doc.language, doc.languageCode, doc.languageSource], [null, 'de', 'detected']);
    });
  });

  describe('on such a document', () => {
    const text =
      '---\nlang: fr\njurisdictions: [gdpr]\n---\n# Politique de confidentialité\n\nNous traitons vos données conformément au RGPD. Contactez-nous par téléphone au [numéro].\n';
    const doc = engine.parse('file:///d/politique.fr.md', text);
    const config = engine.resolveConfig([{ rules: { 'retention-missing': 'error', 'wrong-language': 'error' } }]);
    const findings = engine.lint(doc, config);
    it('the rules that match words stay silent; one note on the title says why', () => {
      assert.deepEqual(
        findings.map((f) => `${f.ruleId} ${f.message.id} ${f.severity}`),
        ['missing-section missing-section/language-not-read info', 'placeholder placeholder/bracketed warning'],
      );
      assert.match(engine.render(findings, 'en')[0]!.message, /pplint does not read French \(`fr`\)/);
      assert.match(engine.render(findings, 'ru')[0]!.message, /pplint не читает этот язык \(французский, `fr`\)/);
    });
    it('the summary and the hover say so', () => {
      const summary = engine.summarize(doc, config);
      assert.deepEqual([summary.language, summary.languageRead, summary.jurisdictions.list], ['fr', false, ['gdpr']]);
      assert.ok(
        engine
          .explain(doc, config, doc.text.indexOf('# Politique'), 'en')!
          .lines.some((l) => /Language: French \(`fr`\), which pplint does not read/.test(l)),
      );
    });
  });
});
