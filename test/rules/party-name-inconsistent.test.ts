import assert from 'node:assert/strict';
import { lintWith, ruleTester } from '../helpers/rule-tester.js';

const en = '---\nlang: en\npolicy: privacy\n---\n';
const ru = '---\nlang: ru\npolicy: privacy\n---\n';
const kk = '---\nlang: kk\npolicy: privacy\n---\n';

ruleTester('party-name-inconsistent', {
  valid: [
    {
      name: 'one spelling throughout',
      text: `${en}# Privacy Policy\n\nDala Payments LLP (hereinafter the “Company”) processes data.\n\nDala Payments LLP keeps records for five years.\n`,
    },
    {
      name: 'letter case does not count',
      text: `${en}# Privacy Policy\n\nDALA PAYMENTS LLP (hereinafter the “Company”) processes data.\n\nQuestions go to Dala Payments LLP.\n`,
    },
    {
      name: 'legal forms are equivalent across languages',
      text: `${ru}# Политика\n\nТОО «Дала Пэй» (далее – Компания) обрабатывает данные.\n\n«Дала Пэй» ЖШС и Dala Pay LLP — одно лицо.\n`,
    },
    {
      name: 'two companies with different names',
      text: `${en}# Privacy Policy\n\nKaspi Bank JSC and Kaspi Pay LLP process data.\n`,
    },
    {
      name: 'short names are not compared letter by letter',
      text: `${en}# Privacy Policy\n\nAlta LLP and Alma LLP exchange data.\n`,
    },
    {
      name: 'a Kazakh name in Cyrillic is not a mix of scripts',
      text: `${kk}# Құпиялылық саясаты\n\n«Тамшы» ЖШС (бұдан әрі – Компания) деректерді өңдейді.\n`,
    },
  ],
  invalid: [
    {
      name: 'a misspelt name is rewritten to the defined spelling',
      text: `${en}# Privacy Policy\n\nFaintech LLP (hereinafter the “Company”) processes data.\n\nFinetech LLP keeps records.\n`,
      errors: [
        { messageId: 'variant', text: 'Finetech', line: 9, message: 'differs from «Faintech»', severity: 'error' },
      ],
      output: `${en}# Privacy Policy\n\nFaintech LLP (hereinafter the “Company”) processes data.\n\nFaintech LLP keeps records.\n`,
    },
    {
      name: 'a Cyrillic «і» inside a Latin name',
      text: `${kk}# Құпиялылық саясаты\n\n«ioka fintech» ЖШС (бұдан әрі – Компания) деректерді өңдейді.\n\n«іoka fintech» ЖШС — дербес деректер операторы.\n`,
      errors: [{ messageId: 'homoglyph', text: 'іoka fintech', message: 'U+0456' }],
      output: `${kk}# Құпиялылық саясаты\n\n«ioka fintech» ЖШС (бұдан әрі – Компания) деректерді өңдейді.\n\n«ioka fintech» ЖШС — дербес деректер операторы.\n`,
    },
    {
      name: 'Russian: ТОО and a quoted name',
      text: `${ru}# Политика\n\nТОО «Алтынтех» (далее – Компания) обрабатывает данные.\n\nТОО «Алтинтех» хранит данные пять лет.\n`,
      errors: [{ messageId: 'variant', text: 'Алтинтех' }],
      output: `${ru}# Политика\n\nТОО «Алтынтех» (далее – Компания) обрабатывает данные.\n\nТОО «Алтынтех» хранит данные пять лет.\n`,
    },
    {
      name: 'without a definition the most frequent spelling is the reference',
      text: `${en}# Privacy Policy\n\nQazpay Finance LLP processes data. Qazpay Finance LLP stores it.\n\nQazpey Finance LLP answers requests.\n`,
      errors: [{ messageId: 'variant', text: 'Qazpey Finance' }],
      output: `${en}# Privacy Policy\n\nQazpay Finance LLP processes data. Qazpay Finance LLP stores it.\n\nQazpay Finance LLP answers requests.\n`,
    },
    {
      name: 'one finding per variant spelling, at its first use, counting the uses; one fix rewrites them all',
      text: `${en}# Privacy Policy\n\nFaintech LLP (hereinafter the “Company”) processes data. Faintech LLP is the operator.\n\nFinetech LLP keeps records. Fairtech LLP answers requests.\n\nFinetech LLP deletes records.\n`,
      errors: [
        {
          messageId: 'variant-several',
          text: 'Finetech',
          line: 9,
          message: '«Finetech» is used 2 times and differs from «Faintech»',
          suggestions: [
            `${en}# Privacy Policy\n\nFaintech LLP (hereinafter the “Company”) processes data. Faintech LLP is the operator.\n\nFaintech LLP keeps records. Fairtech LLP answers requests.\n\nFinetech LLP deletes records.\n`,
          ],
        },
        { messageId: 'variant', text: 'Fairtech', line: 9, message: 'differs from «Faintech»' },
      ],
      output: `${en}# Privacy Policy\n\nFaintech LLP (hereinafter the “Company”) processes data. Faintech LLP is the operator.\n\nFaintech LLP keeps records. Faintech LLP answers requests.\n\nFaintech LLP deletes records.\n`,
    },
    {
      name: 'a variant used far more than the introduced spelling: both directions are offered',
      text: `${en}# Privacy Policy\n\nFAINTECH LLP (hereinafter the “Company”) processes data.\n\nFinetech LLP keeps records.\n\nFinetech LLP answers requests. FINETECH LLP deletes records.\n`,
      errors: [
        {
          messageId: 'variant-dominant',
          text: 'Finetech',
          line: 9,
          message: 'is used 3 times, but the spelling the policy introduces, «FAINTECH» (line 7), only 1',
          suggestions: [
            `${en}# Privacy Policy\n\nFAINTECH LLP (hereinafter the “Company”) processes data.\n\nFAINTECH LLP keeps records.\n\nFinetech LLP answers requests. FINETECH LLP deletes records.\n`,
            `${en}# Privacy Policy\n\nFINETECH LLP (hereinafter the “Company”) processes data.\n\nFinetech LLP keeps records.\n\nFinetech LLP answers requests. FINETECH LLP deletes records.\n`,
          ],
        },
      ],
      // The fix keeps the introduced spelling, and each use's capitals.
      output: `${en}# Privacy Policy\n\nFAINTECH LLP (hereinafter the “Company”) processes data.\n\nFAINTECH LLP keeps records.\n\nFAINTECH LLP answers requests. FAINTECH LLP deletes records.\n`,
    },
  ],
});

describe('party-name-inconsistent: the other uses of a variant', () => {
  it('are related locations after the introduced spelling, and edits of the one fix', () => {
    const text = `${en}# Privacy Policy\n\nFaintech LLP (hereinafter the “Company”) processes data.\n\nFinetech LLP keeps records.\n\nFinetech LLP answers requests. Finetech LLP deletes records.\n`;
    const { findings, doc } = lintWith('party-name-inconsistent', { text });
    assert.equal(findings.length, 1);
    const [f] = findings;
    const quote = (s: { start: number; end: number }) =>
      `${doc.text.slice(0, s.start).split('\n').length}:${doc.text.slice(s.start, s.end)}`;
    assert.deepEqual(
      f!.related!.map((r) => `${r.message.id} ${quote(r.span)}`),
      [
        'party-name-inconsistent/reference 7:Faintech',
        'party-name-inconsistent/use 11:Finetech',
        'party-name-inconsistent/use 11:Finetech',
      ],
    );
    assert.deepEqual(
      f!.fix!.edits.map((e) => `${quote(e)}→${e.text}`),
      ['9:Finetech→Faintech', '11:Finetech→Faintech', '11:Finetech→Faintech'],
    );
  });
});
