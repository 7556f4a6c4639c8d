// The TextMate grammar injected into Markdown, read pattern by pattern: each pattern compiles and
// marks what it should in English, Russian and Kazakh sample lines (written for this test), and
// leaves ordinary text alone. (A full tokenisation with vscode-textmate is not run here: it is not
// among the project's dependencies.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Pattern {
  name?: string;
  match?: string;
  patterns?: Pattern[];
}
const grammar = JSON.parse(readFileSync(join(import.meta.dirname, '../../syntaxes/pplint.injection.json'), 'utf8')) as {
  patterns: Array<{ include: string }>;
  repository: Record<string, Pattern>;
};

/** Oniguruma's leading (?i) becomes JavaScript's i flag; the rest of the syntax used is shared. */
function compile(source: string): RegExp {
  const insensitive = source.startsWith('(?i)');
  return new RegExp(insensitive ? source.slice(4) : source, `gu${insensitive ? 'i' : ''}`);
}

function matches(rule: string, line: string): string[] {
  const pattern = grammar.repository[rule]!;
  const sources = pattern.patterns ? pattern.patterns.map((p) => p.match!) : [pattern.match!];
  return sources.flatMap((s) => [...line.matchAll(compile(s))].map((m) => m[0]));
}

describe('grammar', () => {
  it('includes every pattern of its repository, each with a scope', () => {
    assert.deepEqual(grammar.patterns.map((p) => p.include.slice(1)).sort(), Object.keys(grammar.repository).sort());
    for (const [id, p] of Object.entries(grammar.repository)) assert.ok(JSON.stringify(p).includes('.pplint"'), id);
  });

  const cases: Array<[string, string, string[]]> = [
    ['tabstop', 'The operator is ${1:[operator name]}, e-mail $2.', ['${1:[operator name]}', '$2']],
    ['placeholder', 'Оператор: [наименование оператора], БИН ___.', ['[наименование оператора]', '___']],
    ['placeholder', 'See section [3] and [the rules](https://example.kz).', []],
    ['defined-term', 'Alatau Pay LLP (the "Operator") and the Law (the «Law»).', ['(the "Operator")', '(the «Law»)']],
    ['defined-term', 'ТОО «Alatau Pay» (далее — «Оператор»).', ['(далее — «Оператор»)']],
    ['defined-term', '«Alatau Pay» ЖШС (бұдан әрі — «Оператор»).', ['(бұдан әрі — «Оператор»)']],
    [
      'law',
      'under Law No. 94-V and GDPR, and §1798.100(a)(3) of the CCPA',
      ['Law No. 94-V', 'GDPR', '§1798.100(a)(3)', 'CCPA'],
    ],
    ['law', 'Законом Республики Казахстан № 94-V и Федеральным законом № 152-ФЗ', ['№ 94-V', '152-ФЗ']],
    ['law', '№ 94-V Заңының 12-бабы', ['№ 94-V']],
    [
      'period',
      'kept for 5 (five) years, в течение 5 (пяти) лет, 5 (бес) жыл бойы',
      ['5 (five) years', '5 (пяти) лет', '5 (бес) жыл'],
    ],
    ['directive', '<!-- pplint-disable placeholder -->', ['<!-- pplint-disable placeholder -->']],
    ['marker', 'TODO: УТОЧНИТЬ срок', ['TODO', 'УТОЧНИТЬ']],
  ];
  for (const [rule, line, expected] of cases) {
    it(`${rule}: ${line}`, () => assert.deepEqual(matches(rule, line), expected));
  }
});
