// Faults injected into our own trilingual policies (one numbered, one a notice without numbers):
// each is found at the right place, in the right version, by the right rule — and the clean
// versions give no finding about language versions at all.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FIXTURES, edit, lintVersions, readVersions, seen, type Texts } from '../helpers/versions.js';
import { applyEdits } from '../helpers/rule-tester.js';

const numbered = readVersions(FIXTURES);
const unnumbered = readVersions(join(FIXTURES, 'unnumbered'));

function check(texts: Texts, expected: ReturnType<typeof seen>): ReturnType<typeof lintVersions> {
  const result = lintVersions(texts);
  assert.deepEqual(seen(result.findings), expected);
  return result;
}

describe('language versions: faults injected into a numbered policy', () => {
  it('the clean versions give no finding', () => check(numbered, []));

  it('a clause deleted from the Kazakh version is reported there, before the next clause, pointing at the Russian clause', () => {
    const kk = edit(
      numbered.kk,
      '5.2. Сіз дербес деректерді өңдеуге берілген келісімді кері қайтарып алуға құқылысыз.\n\n',
      '',
    );
    const { findings, docs } = check({ ...numbered, kk }, [
      {
        lang: 'kk',
        rule: 'untranslated-clause',
        message: 'missing-before',
        text: '5.3. Оператор сұрауға 3 жұмыс күні ішінде жауап береді.',
        severity: 'error',
      },
    ]);
    const related = findings[0]!.related![0]!;
    assert.equal(related.uri, 'file:///policy/privacy.ru.md');
    assert.ok(docs.ru!.text.slice(related.span.start, related.span.end).startsWith('5.2. Вы вправе отозвать согласие'));
    // The suggestion puts the Russian clause in its place, marked for translation.
    const inserted = applyEdits(kk, findings[0]!.suggestions![0]!.edits);
    assert.ok(
      inserted.includes(
        '<!-- pplint: translate -->\n5.2. Вы вправе отозвать согласие на обработку персональных данных.\n\n5.3. Оператор',
      ),
    );
    check({ ...numbered, kk: inserted }, []);
  });

  it('a paragraph left in English in the Kazakh version is reported as such', () => {
    const english = '3.1. The data are processed to make payments, to identify the customer and to handle requests.';
    const kk = edit(
      numbered.kk,
      '3.1. Деректер төлемдерді жүргізу, клиентті сәйкестендіру және өтініштерді қарау үшін өңделеді.',
      english,
    );
    check({ ...numbered, kk }, [
      { lang: 'kk', rule: 'wrong-language', message: 'block', text: english.slice(5), severity: 'warning' },
    ]);
  });

  it('a changed number is reported in the version that changed it, with a fix to the primary value', () => {
    const kk = edit(numbered.kk, 'айына 2 реттен', 'айына 4 реттен');
    const { findings } = check({ ...numbered, kk }, [
      { lang: 'kk', rule: 'translation-mismatch', message: 'differs', text: '4', severity: 'error' },
    ]);
    assert.equal(applyEdits(kk, findings[0]!.fix!.edits), numbered.kk);
  });

  it('a changed phone number, however spaced, is reported with a fix', () => {
    const en = edit(numbered.en, '8 (717) 255-40-10', '8 (717) 255-40-11');
    const { findings } = check({ ...numbered, en }, [
      { lang: 'en', rule: 'translation-mismatch', message: 'differs', text: '8 (717) 255-40-11', severity: 'error' },
    ]);
    assert.equal(applyEdits(en, findings[0]!.fix!.edits), numbered.en.replace('8 (717) 255-40-10', '+7 717 255 40 10'));
  });

  it('a changed date, written in words in one version and in figures in another, is reported', () => {
    const en = edit(numbered.en, 'Version of 1 March 2025.', 'Version of 2 March 2025.');
    const { findings } = check({ ...numbered, en }, [
      { lang: 'en', rule: 'translation-mismatch', message: 'differs', text: '2 March 2025', severity: 'error' },
    ]);
    assert.equal(applyEdits(en, findings[0]!.fix!.edits), numbered.en);
  });

  it('a section added to the Kazakh version only is reported on its heading', () => {
    const kk = `${numbered.kk}\n## 7. Cookie файлдары\n\n7.1. Біз сайтта cookie файлдарын пайдаланбаймыз.\n`;
    check({ ...numbered, kk }, [
      {
        lang: 'kk',
        rule: 'untranslated-clause',
        message: 'extra-section',
        text: '7. Cookie файлдары',
        severity: 'error',
      },
    ]);
  });

  it('a section added to the primary version only is reported in both other versions, where it belongs', () => {
    const ru = `${numbered.ru}\n## 7. Файлы cookie\n\n7.1. Мы не используем файлы cookie на сайте.\n`;
    check({ ...numbered, ru }, [
      {
        lang: 'kk',
        rule: 'untranslated-clause',
        message: 'missing-section-after',
        text: '6.2. Оператордың сайты: https://qazaqpay.kz.',
        severity: 'error',
      },
      {
        lang: 'en',
        rule: 'untranslated-clause',
        message: 'missing-section-after',
        text: "6.2. The operator's website: qazaqpay.kz.",
        severity: 'error',
      },
    ]);
  });

  it('a table row deleted from the English version is reported where it belongs', () => {
    const en = edit(numbered.en, '| Handling requests | 3 years from the date of the reply |\n', '');
    check({ ...numbered, en }, [
      {
        lang: 'en',
        rule: 'untranslated-clause',
        message: 'missing-before',
        text: 'Marketing messages',
        severity: 'error',
      },
    ]);
  });
});

describe('language versions: faults injected into a notice without numbering', () => {
  it('the clean versions give no finding', () => check(unnumbered, []));

  it('a paragraph deleted from the Kazakh version is reported by content and order, as a warning', () => {
    const kk = edit(
      unnumbered.kk,
      'Біз сіздің денсаулығыңыз, діни немесе саяси көзқарастарыңыз туралы мәліметтерді жинамаймыз.\n\n',
      '',
    );
    check({ ...unnumbered, kk }, [
      {
        lang: 'kk',
        rule: 'untranslated-clause',
        message: 'missing-after',
        text: 'Әр төлем кезінде біз төлемнің сомасын, күнін және алушысын, сондай-ақ карта нөмірінің соңғы төрт цифрын аламыз.',
        severity: 'warning',
      },
    ]);
  });

  it('a paragraph left in English in the Russian version is reported', () => {
    const english = 'We use the data to make your payments and to protect your account from fraud.';
    const ru = edit(
      unnumbered.ru,
      'Мы используем данные, чтобы проводить ваши платежи и защищать вашу учетную запись от мошенничества.',
      english,
    );
    check({ ...unnumbered, ru }, [
      { lang: 'ru', rule: 'wrong-language', message: 'block', text: english, severity: 'warning' },
    ]);
  });

  it('a changed period is reported with a fix', () => {
    const kk = edit(unnumbered.kk, 'ол жабылғаннан кейін 90 күн өткен соң', 'ол жабылғаннан кейін 60 күн өткен соң');
    // The deletion deadline is a retention period: the retention rule reports it (and supersedes translation-mismatch).
    const { findings } = check({ ...unnumbered, kk }, [
      { lang: 'kk', rule: 'retention-inconsistent', message: 'version-conflict', text: '60 күн', severity: 'error' },
    ]);
    assert.equal(applyEdits(kk, findings[0]!.fix!.edits), unnumbered.kk);
  });

  it('a changed phone number is reported', () => {
    const en = edit(unnumbered.en, '+7 (727) 311-22-33', '+7 (727) 311-22-34');
    check({ ...unnumbered, en }, [
      { lang: 'en', rule: 'translation-mismatch', message: 'differs', text: '+7 (727) 311-22-34', severity: 'error' },
    ]);
  });

  it('a section added to the English version only is reported on its heading', () => {
    const en = edit(
      unnumbered.en,
      '## How to contact us',
      '## Cookies\n\nThe app does not use cookies or similar tracking technologies of any kind.\n\n## How to contact us',
    );
    check({ ...unnumbered, en }, [
      { lang: 'en', rule: 'untranslated-clause', message: 'extra-section', text: 'Cookies', severity: 'error' },
    ]);
  });
});
